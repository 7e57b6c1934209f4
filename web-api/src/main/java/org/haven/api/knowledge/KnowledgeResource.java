package org.haven.api.knowledge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.haven.api.Roles;
import org.haven.api.problem.QueryNumber;
import org.haven.shared.Require;
import org.haven.support.ingestion.KnowledgeDocument;
import org.haven.support.ingestion.KnowledgeDocuments;
import org.haven.support.retrieval.KnowledgeBase;
import org.haven.support.retrieval.RetrievalFilter;

/**
 * Operators' documents for the knowledge base: upload (the body is the document itself, streamed),
 * follow the ingestion, list, delete; and try retrieval as support would use it.
 */
@Path("/admin/knowledge")
@RequestScoped
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "bearer")
public class KnowledgeResource {

  private static final int MAX_QUERY = 2000;

  @Inject KnowledgeDocuments documents;

  @Inject KnowledgeBase knowledge;

  @Inject JsonWebToken caller;

  @Context UriInfo uri;

  @POST
  @Path("/documents")
  @Consumes({"text/markdown", "text/x-markdown", MediaType.TEXT_PLAIN, "application/pdf"})
  @Operation(
      summary =
          "Add a document (Markdown, plain text or PDF) as the raw body; 202 while it is"
              + " ingested, 200 with the existing document when the same bytes were added before")
  public Response add(
      InputStream body,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @QueryParam("name") String name,
      @QueryParam("domain") String domain,
      @QueryParam("title") String title,
      @QueryParam("authors") String authors,
      @QueryParam("year") String year,
      @QueryParam("source") String source,
      @QueryParam("contraindications") String contraindications) {
    var meta =
        DocumentQuery.meta(
            contentType, name, domain, title, authors, year, source, contraindications);
    KnowledgeDocuments.Added added = documents.add(body, meta, caller.getSubject());
    KnowledgeDocument document = added.document();
    if (added.duplicate()) {
      return Response.ok(document).build();
    }
    return Response.accepted(document)
        .location(uri.getAbsolutePathBuilder().path(document.id().toString()).build())
        .build();
  }

  @GET
  @Path("/documents")
  @Operation(summary = "Operators' documents, newest first, with their ingestion status")
  public List<KnowledgeDocument> list() {
    return documents.list();
  }

  @GET
  @Path("/documents/{id}")
  @Operation(summary = "One document: status, characters read so far, passages stored")
  public KnowledgeDocument read(@PathParam("id") String id) {
    return documents.find(DocumentQuery.id(id)).orElseThrow(DocumentQuery::notFound);
  }

  @DELETE
  @Path("/documents/{id}")
  @Operation(summary = "Remove a document and its passages")
  public Response delete(@PathParam("id") String id) {
    UUID document = DocumentQuery.id(id);
    if (!documents.delete(document, caller.getSubject())) {
      throw DocumentQuery.notFound();
    }
    return Response.noContent().build();
  }

  @GET
  @Path("/search")
  @Operation(summary = "The passages support would find for a text, optionally in one domain")
  public List<PassageHitView> search(
      @QueryParam("q") String q, @QueryParam("domain") String domain, @QueryParam("k") String k) {
    String text = Require.text("q", q, MAX_QUERY);
    int count = QueryNumber.within(k, "k", 3, 1, 20);
    RetrievalFilter filter =
        domain == null
            ? RetrievalFilter.ANY
            : RetrievalFilter.of(List.of(DocumentQuery.domain(domain)), Set.of());
    return knowledge.find(text, filter, count).stream().map(PassageHitView::of).toList();
  }
}
