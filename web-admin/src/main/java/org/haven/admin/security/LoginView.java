package org.haven.admin.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import org.haven.audit.AuditAction;
import org.haven.audit.AuditLog;
import org.haven.clinician.control.StaffSignIn;
import org.haven.platform.ratelimit.RateClass;
import org.haven.platform.ratelimit.RateLimitExceededException;
import org.haven.platform.ratelimit.RateLimits;

/** The console's sign-in page. */
@Route("login")
@PageTitle("Sign in · Haven")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

  private final SecurityContext security;
  private final IdentityStoreHandler identityStore;
  private final StaffSignIn staff;
  private final AuditLog audit;
  private final RateLimits limits;
  private final LoginForm form = new LoginForm();

  @Inject
  public LoginView(
      SecurityContext security,
      IdentityStoreHandler identityStore,
      StaffSignIn staff,
      AuditLog audit,
      RateLimits limits) {
    this.security = security;
    this.identityStore = identityStore;
    this.staff = staff;
    this.audit = audit;
    this.limits = limits;
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    form.setForgotPasswordButtonVisible(false);
    form.addLoginListener(this::signIn);
    add(form);
  }

  private void signIn(LoginEvent event) {
    var credential = new UsernamePasswordCredential(event.getUsername(), event.getPassword());
    // Checked first: a failed authenticate() answers 401 to Vaadin's own request and the form
    // hangs.
    form.setI18n(LoginI18n.createDefault());
    try {
      limits.spend(
          RateClass.AUTH_ADDRESS,
          VaadinServletRequest.getCurrent().getHttpServletRequest().getRemoteAddr());
      limits.spend(RateClass.AUTH_USERNAME, "staff:" + event.getUsername());
    } catch (RateLimitExceededException e) {
      form.setI18n(tooManyAttempts(e.retryAfterSeconds()));
      form.setError(true);
      return;
    }
    String who = staff.auditNameOf(event.getUsername());
    CredentialValidationResult checked = identityStore.validate(credential);
    if (checked.getStatus() != CredentialValidationResult.Status.VALID) {
      audit.recordAlone("anonymous", AuditAction.STAFF_LOGIN_FAILED, who);
      form.setError(true);
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            VaadinServletRequest.getCurrent().getHttpServletRequest(),
            VaadinServletResponse.getCurrent().getHttpServletResponse(),
            AuthenticationParameters.withParams().credential(credential));
    if (status == AuthenticationStatus.SUCCESS) {
      audit.record(who, AuditAction.STAFF_LOGIN_SUCCEEDED, who);
      UI.getCurrent()
          .getPage()
          .setLocation(VaadinServletRequest.getCurrent().getContextPath() + landing(checked));
    } else {
      form.setError(true);
    }
  }

  /** The care team lands on the queue; an administrator who works no cases on the system view. */
  private static String landing(CredentialValidationResult checked) {
    boolean worksCases =
        checked.getCallerGroups().contains(ConsoleRoles.CLINICIAN)
            || checked.getCallerGroups().contains(ConsoleRoles.SUPERVISOR);
    return worksCases ? "/" : "/system";
  }

  /** Says why after an idle timeout ({@link SignedOut} signed the browser out first). */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!event.getLocation().getQueryParameters().getParameters().containsKey("expired")) {
      return;
    }
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getErrorMessage().setTitle("Signed out");
    i18n.getErrorMessage().setMessage("The console was idle too long. Sign in again.");
    form.setI18n(i18n);
    form.setError(true);
  }

  /** The same form, saying to wait: the sign-in is refused without checking the password. */
  private static LoginI18n tooManyAttempts(long seconds) {
    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getErrorMessage().setTitle("Too many sign-in attempts");
    i18n.getErrorMessage().setMessage("Try again in " + seconds + " seconds.");
    return i18n;
  }
}
