import java.awt.image.BufferedImage;
import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes a "scanned" PDF from a text PDF: every page rendered to a grey image (as a scanner would) and put back as
 * the only content of the page, so the result has no text layer. Optionally also writes page 1 as a PNG/JPEG/TIFF.
 *
 * <p>Run: {@code java -cp cli/target/anjuan.jar corpus/tools/MakeScan.java IN.pdf OUT.pdf [DPI] [IMAGE-OUT]}
 */
public class MakeScan {
  public static void main(String[] args) throws Exception {
    int dpi = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    try (PDDocument in = Loader.loadPDF(new File(args[0])); PDDocument out = new PDDocument()) {
      PDFRenderer renderer = new PDFRenderer(in);
      for (int i = 0; i < in.getNumberOfPages(); i++) {
        BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
        if (i == 0 && args.length > 3) {
          String name = args[3];
          String format = name.substring(name.lastIndexOf('.') + 1).replace("jpg", "jpeg").replace("tif", "tiff");
          javax.imageio.ImageIO.write(image, format, new File(name));
        }
        PDPage page = new PDPage(PDRectangle.A4);
        out.addPage(page);
        PDImageXObject xobject = JPEGFactory.createFromImage(out, image, 0.85f);
        try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
          cs.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      out.save(new File(args[1]));
    }
  }
}
