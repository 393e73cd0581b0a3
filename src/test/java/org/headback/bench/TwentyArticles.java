package org.headback.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.headback.article.SeedArticles;

/**
 * A library a user could have built: twenty articles added from files. Nineteen are made of the bundled articles'
 * paragraphs under headings of their own, as plain text, Markdown and HTML in turn, the largest near the 5 MB limit
 * and each about 0.7 times the one before (16 MB in all); the twentieth is a note of a few words.
 */
final class TwentyArticles {
    static final int COUNT = 20;
    static final int LARGEST = 4_900_000;
    /** The id the small note gets. */
    static final String SMALL_ID = "small-note";
    /** The id the largest article gets. */
    static final String LARGEST_ID = "notes-on-back-pain-and-headaches-part-1";

    private TwentyArticles() {
    }

    /** Writes the files into {@code folder}, largest first and the small note last; returns them in that order. */
    static List<Path> write(Path folder) throws IOException {
        var paragraphs = seedParagraphs();
        var files = new ArrayList<Path>();
        for (int i = 0; i < COUNT - 1; i++) {
            int size = (int) (LARGEST / Math.pow(2, i / 2.0));
            var extension = switch (i % 3) {
                case 0 -> "txt";
                case 1 -> "md";
                default -> "html";
            };
            var text = article(i, size, extension, paragraphs);
            files.add(Files.writeString(folder.resolve("article-" + i + "." + extension), text,
                    StandardCharsets.UTF_8));
        }
        files.add(writeSmall(folder));
        return files;
    }

    /** The note of a few words (23 bytes of text), alone in the library to compare with. */
    static Path writeSmall(Path folder) throws IOException {
        return Files.writeString(folder.resolve("small.txt"), "Small Note\n\nNeck pain.\n", StandardCharsets.UTF_8);
    }

    private static String article(int number, int size, String extension, List<String> paragraphs) {
        var text = new StringBuilder(size + 4096);
        var title = "Notes on Back Pain and Headaches, Part " + (number + 1);
        text.append(switch (extension) {
            case "md" -> "# " + title + "\n\n";
            case "html" -> "<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1>\n";
            default -> title + "\n\n";
        });
        for (int p = 0; text.length() < size; p++) {
            var paragraph = paragraphs.get(p % paragraphs.size());
            if (p % 12 == 0) {
                var heading = "Section " + (p / 12 + 1) + " of the Notes";
                text.append(switch (extension) {
                    case "md" -> "## " + heading + "\n\n";
                    case "html" -> "<h2>" + heading + "</h2>\n";
                    default -> heading + "\n\n";
                });
            }
            text.append("html".equals(extension) ? "<p>" + paragraph + "</p>\n" : paragraph + "\n\n");
        }
        if ("html".equals(extension)) {
            text.append("</body></html>\n");
        }
        return text.toString();
    }

    /** The bundled articles' longer paragraphs (three lines or more of running text). */
    private static List<String> seedParagraphs() {
        var paragraphs = new ArrayList<String>();
        for (var seed : SeedArticles.load()) {
            for (var block : seed.text().split("\\R\\s*\\R")) {
                var paragraph = block.strip().replaceAll("\\s*\\R\\s*", " ");
                if (paragraph.length() > 200 && !paragraph.contains("<")) {
                    paragraphs.add(paragraph);
                }
            }
        }
        return paragraphs;
    }
}
