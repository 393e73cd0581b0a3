package org.headback.cli;

import java.nio.file.Path;

/** A command that knows the data folder the command line chose, for the subcommands under it. */
interface DataFolderCommand {
    Path dataDirectory();
}
