package org.headback.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Reads an HTML page into parts, leaving out scripts, navigation, page header and footer, asides and forms. */
final class HtmlReader implements NodeFilter {

    private static final String NEVER_CONTENT = "script, style, noscript, iframe, form, nav, footer, aside, "
        + "template, svg, button, select, object, embed, dialog";
    /** An article element counts as the content only when it holds at least this share of the page's text. */
    private static final double ARTICLE_SHARE = 0.5;

    private final String title;
    private final List<Part> parts = new ArrayList<>();
    private final StringBuilder inline = new StringBuilder();
    private int titleIndex = -1;

    private HtmlReader(String title) {
        this.title = title;
    }

    static List<Part> read(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(NEVER_CONTENT).remove();
        var title = findTitle(doc);
        doc.select("header").stream().filter(h -> h.closest("article, main") == null).forEach(Element::remove);
        var reader = new HtmlReader(title);
        NodeTraversor.filter(reader, contentRoot(doc));
        reader.flush();
        return reader.placeTitle();
    }

    /**
     * Puts the title where its h1 stood. Short link-like lines above the h1 are the site's own navigation and
     * go; a real paragraph above it means the page is laid out otherwise, and everything stays.
     */
    private List<Part> placeTitle() {
        if (title.isEmpty()) {
            return parts;
        }
        if (titleIndex < 0) {
            parts.add(0, Part.heading(1, title));
            return parts;
        }
        var before = parts.subList(0, titleIndex);
        return before.stream().allMatch(LinkClutter::isLinkLike) ? parts.subList(titleIndex, parts.size()) : parts;
    }

    /** The article's own h1 when there is one, else the page's title without the site name. */
    private static String findTitle(Document doc) {
        var heading = doc.selectFirst("article h1, main h1");
        heading = heading != null ? heading : doc.selectFirst("h1");
        var text = heading != null ? TextRepair.repairInline(heading.text()) : "";
        if (!text.isEmpty()) {
            return text;
        }
        var pieces = TextRepair.repairInline(doc.title()).split(" [|\\-–—] ");
        return Arrays.stream(pieces).max(Comparator.comparingInt(String::length)).orElse("").strip();
    }

    private static Element contentRoot(Document doc) {
        var articles = doc.select("article");
        int pageText = doc.body().text().length();
        if (articles.size() == 1 && articles.first().text().length() >= pageText * ARTICLE_SHARE) {
            return articles.first();
        }
        var main = doc.selectFirst("main, [role=main]");
        return main != null ? main : doc.body();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            // Line breaks in the source are only layout; a <br> is what breaks a line.
            inline.append(text.getWholeText().replace('\n', ' ').replace('\r', ' '));
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element el)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        return switch (el.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> emit(() -> addHeading(el));
            case "ul", "ol" -> emit(() -> addList(el));
            case "pre" -> emit(() -> addParagraph(el.wholeText()));
            case "tr" -> emit(() -> addParagraph(String.join(" | ", el.children().eachText())));
            case "br" -> {
                inline.append('\n');
                yield FilterResult.CONTINUE;
            }
            default -> {
                if (el.isBlock()) {
                    flush();
                }
                yield FilterResult.CONTINUE;
            }
        };
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el && el.isBlock()) {
            flush();
        }
        return FilterResult.CONTINUE;
    }

    private FilterResult emit(Runnable adder) {
        flush();
        adder.run();
        return FilterResult.SKIP_ENTIRELY;
    }

    private void addHeading(Element el) {
        var text = TextRepair.repairInline(el.text());
        int level = Integer.parseInt(el.normalName().substring(1));
        if (level == 1 && titleIndex < 0 && text.equalsIgnoreCase(title)) {
            titleIndex = parts.size();
            parts.add(Part.heading(1, title));
        } else if (!text.isEmpty()) {
            parts.add(Part.heading(Math.max(2, level), text));
        }
    }

    /** Every item of the list, nested lists flattened into it in reading order. */
    private void addList(Element list) {
        var items = new ArrayList<String>();
        for (var li : list.select("li")) {
            var own = new StringBuilder();
            for (var child : li.childNodes()) {
                if (child instanceof TextNode text) {
                    own.append(text.getWholeText());
                } else if (child instanceof Element el && !el.normalName().matches("ul|ol")) {
                    own.append(' ').append(el.text()).append(' ');
                }
            }
            var item = TextRepair.repairInline(own.toString());
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        if (!items.isEmpty()) {
            parts.add(Part.list(items, list.normalName().equals("ol")));
        }
    }

    private void addParagraph(String text) {
        var repaired = TextRepair.repairInline(text);
        if (!repaired.isEmpty()) {
            parts.add(Part.paragraph(repaired));
        }
    }

    /** Text gathered since the last block boundary becomes paragraphs, one per line break. */
    private void flush() {
        if (inline.length() == 0) {
            return;
        }
        for (var line : inline.toString().split("\n")) {
            addParagraph(line);
        }
        inline.setLength(0);
    }
}
