package org.headback.ui.diary;

import java.util.Optional;
import org.headback.diary.ImportPlan;
import org.headback.diary.ImportPreview;
import org.headback.diary.ImportResult;
import org.headback.text.Words;

/** The import preview in words. */
final class ImportText {
    private ImportText() {
    }

    static String describe(String fileName, ImportPreview preview) {
        int total = preview.newDays() + preview.conflicts().size();
        var text = new StringBuilder(fileName).append(": ").append(Words.count("day", total));
        if (preview.first().isPresent()) {
            text.append(" from ").append(preview.first().get()).append(" to ").append(preview.last().orElseThrow());
        }
        text.append(".\n").append(Words.format("count.are", preview.newDays())).append(" new");
        if (!preview.conflicts().isEmpty()) {
            int conflicts = preview.conflicts().size();
            text.append(", ").append(Words.format("count.are", conflicts))
                    .append(" already in your diary (first ")
                    .append(preview.firstConflict().map(ImportPlan.DayInFile::describe).orElse("")).append(")");
        }
        text.append('.');
        newFactors(preview).ifPresent(line -> text.append('\n').append(line));
        if (!preview.unknownColumns().isEmpty()) {
            text.append("\nColumns HeadBack does not use, and will ignore: ")
                    .append(String.join(", ", preview.unknownColumns())).append('.');
        }
        return text.toString();
    }

    /** "Factors your diary does not have yet, which the import adds as your own (2 new factors): a, b." */
    static Optional<String> newFactors(ImportPreview preview) {
        if (preview.newFactors().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Factors your diary does not have yet, which the import adds as your own ("
                + Words.count("new-factor", preview.newFactors().size()) + "): "
                + ImportResult.namedInShort(preview.newFactors()) + ".");
    }
}
