package org.headback.article;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publisher or site an article names as its own, so that the library can say where it comes from: the page's
 * site name or address ({@code og:site_name}, its canonical link, a "Source: https://…" line), its copyright line
 * ("© 2023 The Spine Institute"), or the practice its own call to action sends the reader to ("Reach out to The
 * Spine Institute today"). A site the article only cites ("according to the National Institute of …") is not its
 * publisher, and none is guessed when the article names none.
 */
final class SiteName {
    private static final int MAX_NAME_CHARS = 60;
    private static final String WORD = "[A-Z][\\w&'’-]*(?:\\.[\\w-]+)*";
    private static final String NAME = "((?:The\\s+)?" + WORD + "(?:\\s+(?:of|and|for|&|" + WORD + ")){0,6})";
    private static final Pattern META_SITE = Pattern.compile("(?is)<meta\\s[^>]*?(?:property|name)\\s*=\\s*"
        + "[\"'](?:og:site_name|application-name)[\"'][^>]*?content\\s*=\\s*[\"']([^\"'<>]{1,80})[\"']"
        + "|<meta\\s[^>]*?content\\s*=\\s*[\"']([^\"'<>]{1,80})[\"'][^>]*?(?:property|name)\\s*=\\s*"
        + "[\"'](?:og:site_name|application-name)[\"']");
    private static final Pattern PAGE_ADDRESS = Pattern.compile("(?is)<link\\s[^>]*?rel\\s*=\\s*[\"']canonical[\"']"
        + "[^>]*?href\\s*=\\s*[\"'](https?://[^\"'\\s<>]{1,300})[\"']|<meta\\s[^>]*?property\\s*=\\s*[\"']og:url[\"']"
        + "[^>]*?content\\s*=\\s*[\"'](https?://[^\"'\\s<>]{1,300})[\"']");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?im)^[\\s>*_-]*(?:source|saved from|url|canonical"
        + "|originally published at|published at)\\s*:\\s*<?(https?://[^\\s<>)\\]]{1,300})");
    private static final Pattern COPYRIGHT = Pattern.compile("(?m)^[\\s*_]*(?:©|\\([cC]\\)|(?i:copyright))\\s*"
        + "(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?" + NAME
        + "\\s*(?:(?:[|.,–-]|(?i:all rights)).{0,60})?$");
    private static final Pattern OWN_CALL = Pattern.compile("(?i:\\b(?:reach\\s+out\\s+to|contact|call|visit)\\s+)"
        + NAME + "(?=,?\\s+(?i:today|now|at|for|to|on)\\b)");
    private static final Set<String> NOT_NAMES = Set.of("us", "our", "your", "you", "today", "now", "dr", "dr.",
        "doctor", "all", "this", "a", "an", "me", "emergency", "911");

    private SiteName() {
    }

    /** The name the article gives itself, if it gives one. */
    static Optional<String> of(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return firstGroup(META_SITE.matcher(raw)).map(String::strip).filter(name -> !name.isEmpty())
            .or(() -> firstGroup(PAGE_ADDRESS.matcher(raw)).flatMap(SiteName::host))
            .or(() -> firstGroup(SOURCE_LINE.matcher(raw)).flatMap(SiteName::host))
            .or(() -> name(COPYRIGHT.matcher(raw)))
            .or(() -> name(OWN_CALL.matcher(raw)));
    }

    private static Optional<String> firstGroup(Matcher matcher) {
        if (!matcher.find()) {
            return Optional.empty();
        }
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return Optional.of(matcher.group(group));
            }
        }
        return Optional.empty();
    }

    /** The site's address without "www.": {@code www.spine-institute.com} → {@code spine-institute.com}. */
    static Optional<String> host(String address) {
        try {
            var host = URI.create(address.strip()).getHost();
            if (host == null || !host.contains(".")) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> name(Matcher matcher) {
        while (matcher.find()) {
            var name = matcher.group(1).strip().replaceAll("\\s+", " ").replaceAll("(?:\\s+(?:of|and|for|&))+$", "");
            var first = name.replaceFirst("^The ", "").split(" ")[0].toLowerCase(Locale.ROOT);
            if (name.length() <= MAX_NAME_CHARS && !NOT_NAMES.contains(first)
                && !NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }
}
