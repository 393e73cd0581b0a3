package org.headback.diary;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.headback.text.Coded;

/**
 * The factors the diary suggests (stress, short sleep, long sitting, exercise, menstruation, and things that ease or
 * worsen the back), read from {@code suggested-factors.properties} beside this class, each with the source it is
 * taken from.
 */
public final class SuggestedFactors {
    static final String RESOURCE = "suggested-factors.properties";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final String NAME = "factor.";

    private final List<Suggestion> suggestions;

    private SuggestedFactors(List<Suggestion> suggestions) {
        this.suggestions = List.copyOf(suggestions);
    }

    /**
     * One suggestion: the factor it switches on, and where it is taken from.
     *
     * @param code what the diary keeps as the factor's origin
     */
    public record Suggestion(String code, Factor factor, String source) {
    }

    /** The app's suggestions, read once. */
    public static SuggestedFactors catalogue() {
        return Bundled.CATALOGUE;
    }

    public List<Suggestion> all() {
        return suggestions;
    }

    public Optional<Suggestion> find(String code) {
        return suggestions.stream().filter(suggestion -> suggestion.code().equals(code)).findFirst();
    }

    /**
     * Reads suggestions; {@code name} is used in messages. A code that is not lower-case letters, digits and
     * underscores, an unknown effect, or a factor without its source is an {@link IllegalArgumentException}.
     */
    static SuggestedFactors read(Reader in, String name) throws IOException {
        var entries = new LinkedHashMap<String, String>();
        var properties = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                entries.put((String) key, ((String) value).strip());
                return super.put(key, value);
            }
        };
        properties.load(in);
        var suggestions = new ArrayList<Suggestion>();
        for (var entry : entries.entrySet()) {
            if (entry.getKey().startsWith(NAME)) {
                suggestions.add(suggestion(entry.getKey().substring(NAME.length()), entry.getValue(), entries, name));
            }
        }
        if (suggestions.isEmpty()) {
            throw new IllegalArgumentException(name + ": no factor is suggested");
        }
        return new SuggestedFactors(suggestions);
    }

    private static Suggestion suggestion(String code, String factorName, Map<String, String> entries, String file) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(file + ": " + code
                    + " is not a code of lower-case letters, digits and _");
        }
        var source = entries.getOrDefault("source." + code, "");
        if (source.isEmpty()) {
            throw new IllegalArgumentException(file + ": the factor " + code + " has no source");
        }
        var effectText = entries.getOrDefault("effect." + code, "none");
        var effect = Coded.parse(FactorEffect.class, effectText).orElseThrow(() -> new IllegalArgumentException(
                file + ": the effect of " + code + ", " + effectText + ", is not "
                        + Coded.allowed(FactorEffect.class)));
        return new Suggestion(code, new Factor(factorName, effect, false, Optional.of(code)), source);
    }

    /** Read when first asked for. */
    private static final class Bundled {
        private static final SuggestedFactors CATALOGUE = load();

        private static SuggestedFactors load() {
            try (var in = SuggestedFactors.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the build");
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
