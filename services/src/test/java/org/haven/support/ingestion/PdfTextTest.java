package org.haven.support.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTextTest {

  @TempDir Path dir;

  @Test
  void a_pdf_is_read_page_by_page_in_order() throws IOException {
    Path file = dir.resolve("guide.pdf");
    try (PDDocument pdf = new PDDocument()) {
      for (String line : new String[] {"Paced breathing helps.", "Grounding helps too."}) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
          text.beginText();
          text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          text.newLineAtOffset(72, 700);
          text.showText(line);
          text.endText();
        }
      }
      pdf.save(file.toFile());
    }

    String read;
    try (Reader reader = DocumentText.open(file, "application/pdf")) {
      StringBuilder text = new StringBuilder();
      reader.transferTo(
          new java.io.Writer() {
            @Override
            public void write(char[] b, int o, int l) {
              text.append(b, o, l);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
          });
      read = text.toString();
    }

    assertThat(read).containsSubsequence("Paced breathing helps.", "Grounding helps too.");
  }
}
