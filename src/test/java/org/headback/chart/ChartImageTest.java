package org.headback.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ChartImageTest {
    /** The height in pixels of the first band of dark rows from the top: the title's letters. */
    private static int titleHeight(BufferedImage image) {
        int first = -1;
        for (int y = 0; y < image.getHeight() / 4; y++) {
            boolean dark = rowIsDark(image, y);
            if (dark && first < 0) {
                first = y;
            } else if (!dark && first >= 0) {
                return y - first;
            }
        }
        return 0;
    }

    private static boolean rowIsDark(BufferedImage image, int y) {
        for (int x = image.getWidth() / 4; x < image.getWidth() * 3 / 4; x++) {
            int rgb = image.getRGB(x, y);
            if (((rgb >> 16) & 0xFF) < 110 && ((rgb >> 8) & 0xFF) < 110 && (rgb & 0xFF) < 110) {
                return true;
            }
        }
        return false;
    }

    @Test
    void printSizeImage_hasTextTwiceAsHighAsTheScreenSizeOne() {
        var input = ChartsTest.input(90);
        int screen = titleHeight(Charts.image(Charts.create(ChartKind.TOGETHER, input), 1200, 800));
        int print = titleHeight(Charts.image(Charts.create(ChartKind.TOGETHER, input), 2400, 1600));

        assertThat(screen).isBetween(12, 24);
        assertThat(print).isBetween(2 * screen - 2, 2 * screen + 2);
    }

    @Test
    void imageUpToTheReferenceSize_isDrawnAtTheChartsOwnSizes() {
        assertThat(Charts.scale(1200, 800)).isEqualTo(1.0);
        assertThat(Charts.scale(600, 400)).isEqualTo(1.0);
        assertThat(Charts.scale(1800, 1200)).isEqualTo(1.5);
        assertThat(Charts.scale(2400, 800)).isEqualTo(1.0);
    }
}
