package org.headback.output;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes an image as PNG through a cache in memory. The image library's usual way to a stream caches through a file
 * in the system's temporary folder (a whole image of the diary, left there if the program is killed), and on a full
 * disk that cache's closing thread printed a stack trace.
 */
public final class Png {
    private Png() {
    }

    public static void write(RenderedImage image, OutputStream out) throws IOException {
        var writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("No PNG writer is available.");
        }
        var writer = writers.next();
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } finally {
            writer.dispose();
        }
    }
}
