package org.headback.safekeeping;

import java.util.Map;
import java.util.Objects;
import org.headback.storage.SettingsStore;

/** Small named values the app remembers between runs (window size, font size, theme, the report's name). */
public interface Settings {
    /** Every remembered value. */
    Map<String, String> all();

    /** Remembers these values together, replacing earlier ones under the same keys. */
    void putAll(Map<String, String> values);

    /** The settings kept in the data folder's store. */
    static Settings of(SettingsStore store) {
        Objects.requireNonNull(store, "store");
        return new Settings() {
            @Override
            public Map<String, String> all() {
                return store.all();
            }

            @Override
            public void putAll(Map<String, String> values) {
                store.putAll(values);
            }
        };
    }
}
