package org.headback.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.headback.storage.LoginItemStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Where each system's login item goes, and what it holds: the command, exactly, as that system reads it. */
class LoginItemTest {
    /** A command with every character that needs care: spaces, quotes, a dollar, a percent, a backslash, a "&". */
    private static final List<String> AWKWARD = List.of("/opt/Head Back/bin/java", "-Xmx16m", "-cp",
            "/home/ann \"a\" $HOME/100% \\ & <x>/headback.jar", "org.headback.Launcher", "--data-dir",
            "/home/ann/My Data", "reminder", "wait");

    @TempDir
    Path home;

    @Test
    void linux_usesXdgConfigHome_elseDotConfig() {
        var config = home.resolve("cfg");
        assertThat(LoginItem.forSystem("Linux", Map.of("XDG_CONFIG_HOME", config.toString()), home).file())
                .isEqualTo(config.resolve("autostart").resolve("headback-reminder.desktop"));
        assertThat(LoginItem.forSystem("Linux", Map.of(), home).file())
                .isEqualTo(home.resolve(".config").resolve("autostart").resolve("headback-reminder.desktop"));
        assertThat(LoginItem.forSystem("FreeBSD", Map.of("XDG_CONFIG_HOME", "relative/not/allowed"), home).file())
                .isEqualTo(home.resolve(".config").resolve("autostart").resolve("headback-reminder.desktop"));
    }

    @Test
    void macOs_usesALaunchAgent_andWindows_theStartupFolder() {
        assertThat(LoginItem.forSystem("Mac OS X", Map.of(), home).file())
                .isEqualTo(home.resolve("Library/LaunchAgents/org.headback.reminder.plist"));
        var roaming = home.resolve("Roaming");
        assertThat(LoginItem.forSystem("Windows 11", Map.of("APPDATA", roaming.toString()), home).file())
                .isEqualTo(roaming.resolve("Microsoft/Windows/Start Menu/Programs/Startup/HeadBack reminder.lnk"));
    }

    private static Map<String, String> desktopEntry(byte[] content) {
        var lines = new String(content, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("[Desktop Entry]");
        var keys = new LinkedHashMap<String, String>();
        lines.subList(1, lines.size()).forEach(line -> keys.put(line.substring(0, line.indexOf('=')),
                line.substring(line.indexOf('=') + 1)));
        return keys;
    }

    @Test
    void autostartEntry_isAHiddenApplication_whoseExecLineGivesBackTheCommand() {
        var entry = desktopEntry(new AutostartEntry(home.resolve("x.desktop")).content(AWKWARD));
        assertThat(entry).containsEntry("Type", "Application").containsEntry("Name", "HeadBack reminder")
                .containsEntry("NoDisplay", "true").containsEntry("Terminal", "false")
                .containsEntry("X-GNOME-Autostart-enabled", "true").containsKeys("Comment", "Icon", "Version");
        assertThat(DesktopExec.split(entry.get("Exec"))).isEqualTo(AWKWARD);
        assertThat(entry.get("Exec")).startsWith("\"/opt/Head Back/bin/java\" -Xmx16m -cp ").contains("100%%");
    }

    @Test
    void autostartEntry_passesDesktopFileValidate_whereItIsInstalled() throws Exception {
        var validate = Path.of("/usr/bin/desktop-file-validate");
        assumeTrue(Files.isExecutable(validate), "desktop-file-validate is not installed");
        var file = home.resolve("autostart").resolve(AutostartEntry.FILE_NAME);
        LoginItemStore.put(file, new AutostartEntry(file).content(AWKWARD));
        var process = new ProcessBuilder(validate.toString(), file.toString()).redirectErrorStream(true).start();
        var said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(said).isZero();
        assertThat(said).as("no warnings or hints").isEmpty();
    }

    @Test
    void loginItems_arePutInPlaceWhole_andRemoved() throws Exception {
        var file = home.resolve("new").resolve("folder").resolve(AutostartEntry.FILE_NAME);
        LoginItemStore.put(file, "one".getBytes(StandardCharsets.UTF_8));
        LoginItemStore.put(file, "two".getBytes(StandardCharsets.UTF_8));
        assertThat(file).hasContent("two");
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).containsExactly(file);
        }
        assertThat(LoginItemStore.remove(file)).isTrue();
        assertThat(file).doesNotExist();
        assertThat(LoginItemStore.remove(file)).isFalse();
    }

    @Test
    void launchAgent_isAPropertyList_withTheCommandAsItsArguments_startedAtLogin() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        // The document names Apple's DTD: it is not fetched.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var plist = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                new LaunchAgent(home.resolve("a.plist")).content(AWKWARD))).getDocumentElement();
        assertThat(plist.getTagName()).isEqualTo("plist");
        var dict = (Element) plist.getElementsByTagName("dict").item(0);
        var entries = new LinkedHashMap<String, Element>();
        var children = new ArrayList<Element>();
        for (var node = dict.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        for (int i = 0; i < children.size(); i += 2) {
            assertThat(children.get(i).getTagName()).isEqualTo("key");
            entries.put(children.get(i).getTextContent(), children.get(i + 1));
        }
        assertThat(entries.get("Label").getTextContent()).isEqualTo("org.headback.reminder");
        assertThat(entries.get("RunAtLoad").getTagName()).isEqualTo("true");
        var arguments = entries.get("ProgramArguments").getElementsByTagName("string");
        var command = new ArrayList<String>();
        for (int i = 0; i < arguments.getLength(); i++) {
            command.add(arguments.item(i).getTextContent());
        }
        assertThat(command).isEqualTo(AWKWARD);
    }

    @Test
    void startupShortcut_startsJavaw_withTheArgumentsWindowsSplitsBack() {
        var command = List.of("C:\\Program Files\\HeadBack\\runtime\\bin\\javaw.exe", "-Xmx16m", "-cp",
                "C:\\Users\\Zoë\\Head Back\\app\\headback.jar", "org.headback.Launcher", "--data-dir",
                "C:\\Users\\Zoë\\AppData\\Roaming\\HeadBack\\", "say \"hi\"", "");
        var link = ShellLinkReader.read(new StartupShortcut(home.resolve("r.lnk")).content(command));
        assertThat(link.target()).isEqualTo(command.get(0));
        assertThat(link.workingFolder()).isEqualTo("C:\\Program Files\\HeadBack\\runtime\\bin");
        assertThat(link.description()).isEqualTo(StartupShortcut.DESCRIPTION);
        assertThat(WindowsArguments.split(link.arguments())).isEqualTo(command.subList(1, command.size()));
    }
}
