package org.headback.reliability;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import org.headback.chart.ChartInput;
import org.headback.chart.ChartKind;
import org.headback.chart.Charts;
import org.headback.chart.DiaryPoints;
import org.headback.diary.DateRange;
import org.headback.diary.Diary;
import org.headback.diary.DiaryExport;
import org.headback.output.Outputs;
import org.headback.report.DoctorReports;
import org.headback.report.ReportData;
import org.headback.report.ReportFormat;
import org.headback.stats.Thresholds;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.work.Progress;

/**
 * A child process for {@link InterruptedOutputTest}: {@code DIR TARGET} writes the diary of the data folder DIR to
 * TARGET through the app's own code (a CSV export, a chart or the report, as TARGET's extension says; {@code .pdf}
 * and {@code .report.png} make the report), and stops half-way: once some bytes are in the file being written, it
 * prints {@code writing} and waits, until it is killed or stopped.
 */
public final class OutputChild {
    private static final int BYTES_BEFORE_WAITING = 1000;

    private OutputChild() {
    }

    public static void main(String[] args) throws Exception {
        var dataDir = Path.of(args[0]);
        var target = Path.of(args[1]);
        var clock = Clock.systemDefaultZone();
        var outputs = Outputs.throughStreams(dataDir, OutputChild::waitingHalfWay);
        try (var database = Database.open(dataDir)) {
            var diary = new Diary(new SqliteDiaryStore(database, clock), clock);
            var days = diary.all();
            var range = new DateRange(days.get(0).date(), days.get(days.size() - 1).date());
            var name = target.getFileName().toString();
            if (name.endsWith(".csv")) {
                DiaryExport.toFile(outputs, diary, null, null, target, Progress.NONE);
            } else if (name.endsWith(".pdf") || name.endsWith(".report.png")) {
                DoctorReports.write(outputs, ReportData.of(range, days, Thresholds.DEFAULT, diary.today()),
                        ReportFormat.ofFile(target).orElseThrow(), target, Progress.NONE);
            } else {
                var input = ChartInput.of(range, DiaryPoints.of(days), Thresholds.DEFAULT);
                Charts.writePng(outputs, Charts.create(ChartKind.TOGETHER, input), target, 2400, 1600);
            }
        }
        System.out.println("finished");
    }

    /** Passes bytes on to the file; once enough are there, says so and waits for ever. */
    private static OutputStream waitingHalfWay(OutputStream out) {
        return new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                count(1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
                count(length);
            }

            private void count(int bytes) throws IOException {
                written += bytes;
                if (written >= BYTES_BEFORE_WAITING) {
                    out.flush();
                    System.out.println("writing");
                    System.out.flush();
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted", e);
                    }
                }
            }
        };
    }
}
