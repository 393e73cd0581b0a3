package org.headback.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines that belong to the web page around an article rather than to the article: skip links and menu words,
 * sharing buttons (a whole row of them too), feedback widgets, advertisements, image credits and cookie notices.
 * Only whole lines that are nothing but such words go; a sentence that mentions Facebook stays.
 */
final class PageChrome {
    private static final Pattern CHROME_LINE = Pattern.compile("(?i)[\\W_]*(?:"
        + "skip to (?:the )?(?:main )?(?:content|navigation)|skip navigation|main menu|menu|search|subscribe"
        + "|(?:sign (?:in|up)|log ?in)(?: to [\\w ]{1,40})?|log ?out|newsletter|back to top|donate|contact us"
        + "|find (?:a|an|your) (?:doctor|specialist|physician|location|clinic|provider)"
        + "|(?:request|book|make) an appointment|patient (?:portal|account)"
        + "|share(?: this(?: article| page| post| story)?)?|share on \\w+|copy link|print(?: this page)?|pin it"
        + "|facebook|twitter|pinterest|linkedin|instagram|youtube|whatsapp|reddit|e-?mail|tweet"
        + "|was this (?:article |page |information )?(?:helpful|useful)\\??"
        + "|advertisement|sponsored|ad)[\\W_]*");
    /** What one sharing button says: "Share on Facebook", "Pin it", "Email", "Tweet", "Print". */
    private static final String SHARE_BUTTON = "(?:share(?: this(?: article| page| post| story)?)?"
        + "(?: (?:on|via|to) \\w+)?|pin(?: it)?|save(?: to pinterest)?|copy link|print(?: this(?: page)?)?"
        + "|facebook|twitter|pinterest|linkedin|instagram|youtube|whatsapp|reddit|flipboard|messenger|telegram"
        + "|e-?mail(?: this(?: article| page)?)?|tweet(?: this)?)";
    /**
     * Two or more sharing buttons on one line, however many, with or without anything between them (scraped
     * pages often lose it): "Share on Facebook Share on Twitter Pin it Email", "FacebookTwitterEmail".
     */
    private static final Pattern SHARE_ROW = Pattern.compile("(?i)[\\W_]*" + SHARE_BUTTON + "(?:[\\W_]*"
        + SHARE_BUTTON + ")+[\\W_]*");
    private static final int MAX_SHARE_ROW_CHARS = 400;
    private static final Pattern IMAGE_CREDIT = Pattern.compile(
        "(?i)(?:photo|image|illustration|video|graphic)s?(?: credit)?(?: by|:)\\s.{1,80}");
    private static final Pattern COOKIES = Pattern.compile("(?i).*\\b(?:we use cookies"
        + "|(?:this|our) (?:web)?site uses cookies|cookie (?:policy|settings|preferences))\\b.*");
    private static final int MAX_NOTICE_WORDS = 40;

    private PageChrome() {
    }

    /** True for a line that is only page chrome. */
    static boolean isChrome(String line) {
        var text = line.strip();
        return !text.isEmpty() && (CHROME_LINE.matcher(text).matches() || isShareRow(text)
            || IMAGE_CREDIT.matcher(text).matches()
            || COOKIES.matcher(text).matches() && LineShapes.wordCount(text) <= MAX_NOTICE_WORDS);
    }

    private static boolean isShareRow(String text) {
        return text.length() <= MAX_SHARE_ROW_CHARS && SHARE_ROW.matcher(text).matches();
    }

    /** The lines without the chrome; blank lines stay, so the blocks keep their shape. */
    static List<String> stripLines(List<String> lines) {
        var kept = new ArrayList<String>(lines.size());
        for (var line : lines) {
            if (!isChrome(line)) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** The parts without the chrome, for articles that came as Markdown or HTML. */
    static List<Part> strip(List<Part> parts) {
        var kept = new ArrayList<Part>(parts.size());
        for (var part : parts) {
            if (!part.isList()) {
                if (!isChrome(part.text())) {
                    kept.add(part);
                }
                continue;
            }
            var items = part.items().stream().filter(item -> !isChrome(item)).toList();
            if (!items.isEmpty()) {
                kept.add(Part.list(items, part.ordered()));
            }
        }
        return kept;
    }
}
