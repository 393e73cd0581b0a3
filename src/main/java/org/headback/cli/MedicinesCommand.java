package org.headback.cli;

import picocli.CommandLine.Command;

/** {@code headback medicines}: the user's list of medicines and the courses of the preventive ones. */
@Command(name = "medicines", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Keeps your list of medicines and the courses of preventive ones.",
            "It lists, adds, renames, hides and shows medicines, and starts, stops and corrects courses.",
            "A medicine renamed or hidden keeps its courses."},
        subcommands = {MedicinesListCommand.class, MedicinesAddCommand.class, MedicinesRenameCommand.class,
            MedicinesHideCommand.class, MedicinesShowCommand.class, MedicinesStartCommand.class,
            MedicinesStopCommand.class, MedicinesCorrectCommand.class, HelpCommand.class})
final class MedicinesCommand extends DiaryGroup {
}
