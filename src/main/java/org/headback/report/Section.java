package org.headback.report;

import java.util.List;

/** A part of the report: its blocks are laid out in one step, and progress is reported after each section. */
record Section(String name, List<PageBlock> blocks) {
    Section {
        blocks = List.copyOf(blocks);
    }
}
