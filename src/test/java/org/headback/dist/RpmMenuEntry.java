package org.headback.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The menu entry of the unpacked {@code .rpm} ({@link RpmCheck}): one freedesktop entry beside the app, valid for
 * {@code desktop-file-validate}, in the Office group, starting the installed launcher and showing the project's
 * icon, which the package holds; and the package's install script registers it with the desktop's menu.
 */
final class RpmMenuEntry {
    private RpmMenuEntry() {
    }

    /** Checks the entry under {@code root} (the unpacked app, installed at {@code installed}); says what it found. */
    static String check(Path rpm, Path root, Path installed, Path icon, Path work)
            throws IOException, InterruptedException {
        var file = entryFile(root.resolve("lib"));
        var entries = DesktopEntry.read(file);
        var validated = validate(file, work);
        var launcher = installed.resolve("bin").resolve(ShellLauncher.NAME).toString();
        expect(entries, "Exec", launcher);
        expect(entries, "Categories", "Office;");
        if (!Files.isExecutable(unpacked(root, installed, launcher))) {
            throw new IllegalStateException("the menu entry starts " + launcher + ", which the package lacks");
        }
        var shown = entries.get("Icon");
        if (shown == null || !Path.of(shown).startsWith(installed)
                || !Files.isRegularFile(unpacked(root, installed, shown))
                || Files.mismatch(unpacked(root, installed, shown), icon) != -1L) {
            throw new IllegalStateException("the menu entry's icon " + shown + " is not " + icon + " installed with"
                    + " the package");
        }
        var installedEntry = installed.resolve(root.relativize(file).toString()).toString();
        var scripts = AppRun.tool(List.of("rpm", "-qp", "--scripts", rpm.toString()), work.resolve("scripts.log"))
                .output();
        if (!scripts.contains("xdg-desktop-menu install") || !scripts.contains(installedEntry)) {
            throw new IllegalStateException("the package's install script does not add " + installedEntry
                    + " to the menu:\n" + scripts);
        }
        return "menu entry " + installedEntry + " (" + validated + ", group Office, icon " + shown
                + " the project's, added to the menu by xdg-desktop-menu when installed)";
    }

    private static Path entryFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            var entries = files.filter(file -> file.getFileName().toString().endsWith(".desktop")).toList();
            if (entries.size() != 1) {
                throw new IllegalStateException("expected one menu entry in " + folder + ", found " + entries);
            }
            return entries.get(0);
        }
    }

    private static String validate(Path entry, Path work) throws IOException, InterruptedException {
        if (Display.onPath("desktop-file-validate", System.getenv()).isEmpty()) {
            return "desktop-file-validate not on the PATH, not run";
        }
        var run = AppRun.of(List.of("desktop-file-validate", entry.toString()), Map.of(),
                work.resolve("desktop-file-validate.log"));
        if (run.exitCode() != 0) {
            throw new IllegalStateException(run.describe("desktop-file-validate " + entry));
        }
        return run.output().isBlank() ? "desktop-file-validate passes, silent"
                : "desktop-file-validate passes, saying: " + run.output().strip().replace('\n', ' ');
    }

    private static void expect(Map<String, String> entries, String key, String value) {
        if (!value.equals(entries.get(key))) {
            throw new IllegalStateException("the menu entry's " + key + " is " + entries.get(key) + ", not " + value);
        }
    }

    /** Where the file that the package installs at {@code path} is in the unpacked package. */
    private static Path unpacked(Path root, Path installed, String path) {
        return root.resolve(installed.relativize(Path.of(path)).toString());
    }
}
