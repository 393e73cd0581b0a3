package org.headback.storage;

import java.util.Map;

/** Small named values the app remembers between runs (window size, font size, theme). */
public interface SettingsStore {
    /** Every remembered value. */
    Map<String, String> all();

    /** Remembers these values together, replacing earlier ones under the same keys. */
    void putAll(Map<String, String> values);
}
