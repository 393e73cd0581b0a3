package org.headback.cli;

import java.nio.file.Path;

/** A command whose subcommands work on the diary ({@code diary}, {@code factors}): it knows the data folder. */
interface DiaryGroup {
    /** The data folder the command line chose. */
    Path dataDirectory();
}
