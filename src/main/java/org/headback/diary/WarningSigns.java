package org.headback.diary;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checklist of warning signs, for back pain and for headache, and the banner's words, read from
 * {@code warning-signs.properties} beside this class: {@code sign.CODE = label} for each back-pain sign and
 * {@code headache.CODE = label} for each headache sign, in the file's order, {@code source.CODE} for where each is
 * taken from, plus the headings and the banner's words.
 */
public final class WarningSigns {
    static final String RESOURCE = "warning-signs.properties";
    private static final Map<String, WarningSign.Area> AREAS = Map.of("sign.", WarningSign.Area.BACK_PAIN,
            "headache.", WarningSign.Area.HEADACHE);
    private static final String SOURCE = "source.";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final List<String> TEXTS = List.of("checklist.title", "checklist.back", "checklist.headache",
            "banner.title", "banner.text");

    private final Map<String, WarningSign> signs;
    private final Map<String, String> texts;

    private WarningSigns(Map<String, WarningSign> signs, Map<String, String> texts) {
        this.signs = Collections.unmodifiableMap(signs);
        this.texts = Map.copyOf(texts);
    }

    /** The app's checklist, read once. */
    public static WarningSigns catalogue() {
        return Bundled.CATALOGUE;
    }

    /**
     * Reads a checklist; {@code name} is used in messages. A repeated key, a code that is not lower-case letters,
     * digits and underscores, a missing text or an empty list is an {@link IllegalArgumentException}.
     */
    static WarningSigns read(Reader in, String name) throws IOException {
        var entries = new LinkedHashMap<String, String>();
        var repeated = new ArrayList<String>();
        var properties = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                if (entries.putIfAbsent((String) key, ((String) value).strip()) != null) {
                    repeated.add((String) key);
                }
                return super.put(key, value);
            }
        };
        properties.load(in);
        if (!repeated.isEmpty()) {
            throw new IllegalArgumentException(name + ": " + repeated.get(0) + " is given more than once");
        }
        var signs = new LinkedHashMap<String, WarningSign>();
        var texts = new LinkedHashMap<String, String>();
        entries.forEach((key, value) -> {
            if (value.isEmpty()) {
                throw new IllegalArgumentException(name + ": " + key + " has no text");
            }
            var area = AREAS.entrySet().stream().filter(prefix -> key.startsWith(prefix.getKey())).findFirst();
            if (area.isPresent()) {
                var code = code(key.substring(area.get().getKey().length()), name);
                if (signs.containsKey(code)) {
                    throw new IllegalArgumentException(name + ": " + code + " is in both lists");
                }
                var source = entries.get(SOURCE + code);
                if (source == null || source.isEmpty()) {
                    throw new IllegalArgumentException(name + ": " + code + " has no source." + code);
                }
                signs.put(code, new WarningSign(code, value, area.get().getValue(), source));
            } else if (TEXTS.contains(key)) {
                texts.put(key, value);
            }
        });
        entries.keySet().stream().filter(key -> key.startsWith(SOURCE))
                .filter(key -> !signs.containsKey(key.substring(SOURCE.length()))).findFirst().ifPresent(key -> {
                    throw new IllegalArgumentException(name + ": " + key + " is the source of no sign");
                });
        if (signs.isEmpty()) {
            throw new IllegalArgumentException(name + ": no sign.CODE entries");
        }
        TEXTS.stream().filter(key -> !texts.containsKey(key)).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException(name + ": " + key + " is missing");
        });
        var ordered = new LinkedHashMap<String, WarningSign>();
        signs.values().stream().sorted(Comparator.comparing(WarningSign::area))
                .forEach(sign -> ordered.put(sign.code(), sign));
        return new WarningSigns(ordered, texts);
    }

    private static String code(String code, String name) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(name + ": " + code
                    + " is not a code (lower-case letters, digits and _)");
        }
        return code;
    }

    /** Every sign, the back-pain list first, each in the checklist's order. */
    public List<WarningSign> all() {
        return List.copyOf(signs.values());
    }

    /** The signs of one list, in the checklist's order. */
    public List<WarningSign> of(WarningSign.Area area) {
        return signs.values().stream().filter(sign -> sign.area() == area).toList();
    }

    /** The heading of one list: "Back pain", "Headache". */
    public String heading(WarningSign.Area area) {
        return texts.get(area == WarningSign.Area.BACK_PAIN ? "checklist.back" : "checklist.headache");
    }

    /** The sign with this code, ignoring case, spaces and hyphens ("Fever-chills"). */
    public Optional<WarningSign> find(String code) {
        var wanted = code.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Optional.ofNullable(signs.get(wanted));
    }

    /** The signs with these exact codes, in the checklist's order; an unknown code names the field. */
    public List<WarningSign> of(Collection<String> codes) {
        for (var code : codes) {
            if (!signs.containsKey(code)) {
                throw unknown(code);
            }
        }
        return signs.values().stream().filter(sign -> codes.contains(sign.code())).toList();
    }

    /** The same codes in the checklist's order, as an unmodifiable set; an unknown code names the field. */
    Set<String> ordered(Collection<String> codes) {
        var ordered = new LinkedHashSet<String>();
        of(codes).forEach(sign -> ordered.add(sign.code()));
        return Collections.unmodifiableSet(ordered);
    }

    InvalidValueException unknown(String code) {
        var shown = code.length() > 40 ? code.substring(0, 40) + "…" : code;
        return new InvalidValueException(DayField.WARNING_SIGNS, "“" + shown + "” is not " + allowed());
    }

    /** "a, b or c": the codes, for messages that say what is allowed. */
    public String allowed() {
        var codes = new ArrayList<>(signs.keySet());
        var last = codes.remove(codes.size() - 1);
        return codes.isEmpty() ? last : String.join(", ", codes) + " or " + last;
    }

    /** The heading of the checklist in the day's entry: "Warning signs". */
    public String checklistTitle() {
        return texts.get("checklist.title");
    }

    /** The banner's heading: "Seek medical help now". */
    public String bannerTitle() {
        return texts.get("banner.title");
    }

    /** The banner's sentence under its heading. */
    public String bannerText() {
        return texts.get("banner.text");
    }

    /** The days from {@code from} to {@code to} (both included) with a warning sign, in date order. */
    public static List<WarningSignDay> days(List<DayEntry> days, LocalDate from, LocalDate to) {
        return days.stream()
                .filter(day -> day.hasWarningSign() && !day.date().isBefore(from) && !day.date().isAfter(to))
                .sorted((a, b) -> a.date().compareTo(b.date()))
                .map(day -> new WarningSignDay(day.date(), catalogue().of(day.warningSigns())))
                .toList();
    }

    private static final class Bundled {
        static final WarningSigns CATALOGUE = load();

        private static WarningSigns load() {
            try (var in = WarningSigns.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The list of warning signs is missing from the build: "
                            + RESOURCE);
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
        }
    }
}
