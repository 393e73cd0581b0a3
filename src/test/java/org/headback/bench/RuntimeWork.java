package org.headback.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.headback.dist.Folders;

/**
 * The work after the start, on each runtime the app ships on: cleaning a large article, importing ten years of
 * diary, and the statistics of those ten years, each a whole command-line run (start included), interleaved, so
 * that a runtime or start-up option that made the later work slower would show.
 */
final class RuntimeWork {
    private static final int ROUNDS = 5;
    private static final int DAYS = 3653;

    private RuntimeWork() {
    }

    static void measure(Map<String, List<String>> runtimes, Path work) throws IOException, InterruptedException {
        Folders.deleteTree(work);
        Files.createDirectories(work);
        var article = work.resolve("large-article.html");
        Files.writeString(article, largeArticle(), StandardCharsets.UTF_8);
        var csv = work.resolve("ten-years.csv");
        Files.writeString(csv, tenYears(), StandardCharsets.UTF_8);
        var times = new LinkedHashMap<String, List<List<Double>>>();
        for (int round = 0; round <= ROUNDS; round++) {
            int index = 0;
            for (var runtime : runtimes.entrySet()) {
                var data = work.resolve("data-" + round + "-" + index++);
                var row = List.of(
                        run(runtime.getValue(), data, "add-article", article.toString()),
                        run(runtime.getValue(), data, "diary", "import", csv.toString()),
                        run(runtime.getValue(), data, "stats"));
                if (round > 0) {
                    times.computeIfAbsent(runtime.getKey(), key -> new ArrayList<>()).add(row);
                }
            }
        }
        var first = median(times.values().iterator().next());
        System.out.printf(Locale.ROOT, "Work after the start (whole command-line runs, %d interleaved rounds; a "
                + "%.1f MB article, %d days):%n", ROUNDS, Files.size(article) / 1e6, DAYS);
        times.forEach((what, rows) -> {
            var median = median(rows);
            System.out.printf(Locale.ROOT, "%-42s add-article %5.0f ms (%.2f×)  diary import %5.0f ms (%.2f×)  "
                    + "stats %5.0f ms (%.2f×)%n", what, median[0], median[0] / first[0], median[1],
                    median[1] / first[1], median[2], median[2] / first[2]);
        });
    }

    private static double[] median(List<List<Double>> rows) {
        var result = new double[3];
        for (int i = 0; i < result.length; i++) {
            int column = i;
            var sorted = rows.stream().map(row -> row.get(column)).sorted().toList();
            result[i] = sorted.get(sorted.size() / 2);
        }
        return result;
    }

    private static double run(List<String> runtime, Path data, String... command)
            throws IOException, InterruptedException {
        var full = new ArrayList<>(runtime);
        full.add("--data-dir");
        full.add(data.toString());
        full.addAll(List.of(command));
        long start = System.nanoTime();
        var process = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("failed: " + full);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** About 2 MB of article: headings and paragraphs under a page's clutter, as saved from the web. */
    private static String largeArticle() {
        var html = new StringBuilder("<html><head><title>Back pain and headaches, a long read</title>"
                + "<script>var tracking = 1;</script></head><body><nav>Home | About</nav><article>");
        for (int section = 0; section < 2000; section++) {
            html.append("<h2>Part ").append(section + 1).append("</h2>");
            for (int paragraph = 0; paragraph < 4; paragraph++) {
                html.append("<p>Lower back pain and headaches often come together; muscle tension in the neck and "
                        + "shoulders, poor sleep and stress are named as shared triggers in many of the texts, "
                        + "and a diary kept for some months shows whether they do so for one person.</p>");
            }
        }
        return html.append("</article><footer>Cookies</footer></body></html>").toString();
    }

    /** Ten years of days in HeadBack's CSV, ending yesterday. */
    private static String tenYears() {
        var csv = new StringBuilder("date,back_pain,back_pain_location,headache,headache_kind,headache_hours,"
                + "medication,sleep_hours,stress,notes\n");
        var first = LocalDate.now().minusDays(DAYS);
        for (int i = 0; i < DAYS; i++) {
            int back = (i * 7) % 11;
            int head = (i * 5 + 3) % 11;
            csv.append(first.plusDays(i)).append(',').append(back).append(back > 0 ? ",lower_back," : ",,")
                    .append(head).append(head > 0 ? ",tension_type,2," : ",,,").append(',')
                    .append(5 + i % 4).append(',').append(i % 10).append(",\n");
        }
        return csv.toString();
    }
}
