package org.headback.ui;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The few words the views of the window's first picture are built with in code, each what one FXML attribute said.
 * Those views are built in code because the first frame is most of the time a user waits for, and FXML's reflection
 * and XML reading were a measurable part of it; the views shown later keep their FXML.
 */
public final class Nodes {
    private Nodes() {
    }

    /** The node with an id, as {@code fx:id} gave it: what tests and style sheets look the node up by. */
    public static <T extends Node> T id(String id, T node) {
        node.setId(Objects.requireNonNull(id, "id"));
        return node;
    }

    public static Tab id(String id, Tab tab) {
        tab.setId(Objects.requireNonNull(id, "id"));
        return tab;
    }

    public static <T extends MenuItem> T id(String id, T item) {
        item.setId(Objects.requireNonNull(id, "id"));
        return item;
    }

    /** The node with style classes added. */
    public static <T extends Node> T styled(T node, String... styleClasses) {
        node.getStyleClass().addAll(styleClasses);
        return node;
    }

    /** The parent with a style sheet of its own, found beside the class that owns it. */
    public static <T extends Parent> T sheet(T parent, Class<?> owner, String name) {
        var url = Objects.requireNonNull(owner.getResource(name), () -> "No style sheet " + name + " beside " + owner);
        parent.getStylesheets().add(url.toExternalForm());
        return parent;
    }

    public static Label label(String text, String... styleClasses) {
        return styled(new Label(text), styleClasses);
    }

    /** A label that wraps its text onto more lines rather than cutting it. */
    public static Label wrapping(String text, String... styleClasses) {
        var label = label(text, styleClasses);
        label.setWrapText(true);
        return label;
    }

    /** A wrapping label as tall as its lines, never squeezed to fewer. */
    public static Label fullHeight(String text, String... styleClasses) {
        return atPreferredHeight(wrapping(text, styleClasses));
    }

    public static Button button(String text, Runnable action, String... styleClasses) {
        return onAction(styled(new Button(text), styleClasses), action);
    }

    public static <T extends ButtonBase> T onAction(T button, Runnable action) {
        Objects.requireNonNull(action, "action");
        button.setOnAction(event -> action.run());
        return button;
    }

    public static <T extends Control> T tip(T control, String text) {
        control.setTooltip(new Tooltip(text));
        return control;
    }

    /** The control as a screen reader names it. */
    public static <T extends Node> T spoken(T node, String text) {
        node.setAccessibleText(text);
        return node;
    }

    /** Never narrower than it would like to be: a button's text is not cut to "…". */
    public static <T extends Region> T atPreferredWidth(T region) {
        region.setMinWidth(Region.USE_PREF_SIZE);
        return region;
    }

    public static <T extends Region> T atPreferredHeight(T region) {
        region.setMinHeight(Region.USE_PREF_SIZE);
        return region;
    }

    /** Takes the width its row has left: grows in an {@link HBox}, and may be as wide as that. */
    public static <T extends Region> T widening(T region) {
        HBox.setHgrow(region, Priority.ALWAYS);
        region.setMaxWidth(Double.MAX_VALUE);
        return region;
    }

    /** Takes the height its column has left, in a {@link VBox}. */
    public static <T extends Node> T heightening(T node) {
        VBox.setVgrow(node, Priority.ALWAYS);
        return node;
    }

    /** A space that pushes what follows it in an {@link HBox} to the row's end. */
    public static Region spring() {
        return widening(new Region());
    }

    public static HBox row(String styleClass, Node... children) {
        return styled(new HBox(children), styleClass);
    }

    public static VBox column(String styleClass, Node... children) {
        return styled(new VBox(children), styleClass);
    }
}
