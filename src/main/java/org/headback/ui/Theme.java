package org.headback.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The two looks the user can switch between. */
public enum Theme {
    LIGHT,
    DARK;

    String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    Theme other() {
        return this == DARK ? LIGHT : DARK;
    }
}
