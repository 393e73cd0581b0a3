package org.headback.article;

import java.util.List;

/** The order in which the clutter rules run; each rule lives in its own class. */
final class ClutterRules {

    private ClutterRules() {
    }

    /** Rules that run before the title is chosen, so that a date or breadcrumb cannot become the title. */
    static TopClutter.Result beforeTitle(List<Part> parts) {
        var top = TopClutter.strip(TopClutter.stripMenu(PageChrome.strip(parts)));
        var cleaned = LinkClutter.stripMarkers(top.parts());
        cleaned = LinkClutter.stripStubs(cleaned);
        cleaned = CallsToAction.strip(cleaned);
        return new TopClutter.Result(cleaned, top.published());
    }

    /** Rules that judge headings against their neighbours, run once the title is out of the way. */
    static List<Part> afterTitle(List<Part> body) {
        return LinkClutter.stripTrailingHeadings(StrayHeadings.strip(body));
    }
}
