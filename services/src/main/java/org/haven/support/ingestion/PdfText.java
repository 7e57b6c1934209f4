package org.haven.support.ingestion;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text, a page at a time. PDFBox reads the file through a buffered window and caches
 * decoded streams in a temporary file, so a long document is never held in memory.
 */
final class PdfText extends Reader {

  private final PDDocument document;
  private final PDFTextStripper stripper = new PDFTextStripper();
  private String page = "";
  private int position;
  private int nextPage = 1;

  PdfText(Path file) throws IOException {
    document =
        Loader.loadPDF(
            new RandomAccessReadBufferedFile(file.toFile()),
            IOUtils.createTempFileOnlyStreamCache());
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    while (position >= page.length()) {
      if (nextPage > document.getNumberOfPages()) {
        return -1;
      }
      stripper.setStartPage(nextPage);
      stripper.setEndPage(nextPage);
      page = stripper.getText(document) + "\n";
      position = 0;
      nextPage++;
    }
    int n = Math.min(length, page.length() - position);
    page.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    document.close();
  }
}
