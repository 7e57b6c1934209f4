package org.haven.api.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses bodies over the configured size before anything parses them: at once when the client
 * declares a length, and while streaming when it does not. Model uploads (an administrator's graph
 * of several megabytes in base64) and knowledge documents have limits of their own.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

  private static final String MODEL_UPLOADS = "admin/models";
  private static final String DOCUMENT_UPLOADS = "admin/knowledge/documents";

  @Inject
  @ConfigProperty(name = "haven.api.max-body-bytes", defaultValue = "262144")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "haven.api.max-model-upload-bytes", defaultValue = "67108864")
  long maxModelUploadBytes;

  @Inject
  @ConfigProperty(name = "haven.api.max-document-bytes", defaultValue = "104857600")
  long maxDocumentBytes;

  @Override
  public void filter(ContainerRequestContext request) {
    long limit =
        isUpload(request, MODEL_UPLOADS)
            ? maxModelUploadBytes
            : isUpload(request, DOCUMENT_UPLOADS) ? maxDocumentBytes : maxBytes;
    if (request.getLength() > limit) {
      request.abortWith(tooLarge(limit).getResponse());
      return;
    }
    request.setEntityStream(new Bounded(request.getEntityStream(), limit));
  }

  private static boolean isUpload(ContainerRequestContext request, String uploads) {
    String path = request.getUriInfo().getPath();
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    return "POST".equals(request.getMethod())
        && (trimmed.equals(uploads) || trimmed.equals(uploads + "/"));
  }

  private static WebApplicationException tooLarge(long limit) {
    return new WebApplicationException(
        Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "Bodies are limited to " + limit + " bytes")
            .toResponse());
  }

  private final class Bounded extends FilterInputStream {
    private final long limit;
    private long remaining;

    Bounded(InputStream in, long limit) {
      super(in);
      this.limit = limit;
      this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      remaining -= n;
      if (remaining < 0) {
        throw tooLarge(limit);
      }
    }
  }
}
