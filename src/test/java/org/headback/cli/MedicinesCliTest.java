package org.headback.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code medicines}: the kept medicines and their preventive courses, against a real data folder. */
class MedicinesCliTest extends CliFolders {
    private final LocalDate today = LocalDate.now();
    private final String march = today.minusMonths(8).toString();
    private final String june = today.minusMonths(5).toString();

    @BeforeEach
    void keepAPreventiveAndAnAcuteMedicine() {
        assertThat(run("medicines", "add", "Propranolol", "--class", "other", "--dose", "40 mg", "--preventive"))
                .as(err).isEqualTo(Cli.OK);
        assertThat(out).isEqualTo("added the medicine Propranolol\n");
        assertThat(run("medicines", "add", "sumatriptan", "--class", "triptan")).as(err).isEqualTo(Cli.OK);
    }

    @Test
    void list_saysClassDosePreventiveShownAndEachCourse_afterAStartAStopAndAHide() {
        assertThat(run("medicines", "start", "propranolol", "--on", march)).as(err).isEqualTo(Cli.OK);
        assertThat(out).isEqualTo("started a course of propranolol on " + march + "\n");
        assertThat(run("medicines", "stop", "Propranolol", "--on", june)).as(err).isEqualTo(Cli.OK);
        assertThat(out).isEqualTo("stopped the course of Propranolol from " + march + " to " + june + "\n");
        assertThat(run("medicines", "start", "Propranolol", "--on", today.toString())).as(err).isEqualTo(Cli.OK);
        assertThat(run("medicines", "hide", "sumatriptan")).isEqualTo(Cli.OK);

        assertThat(run("medicines", "list")).as(err).isEqualTo(Cli.OK);
        assertThat(out.lines()).containsExactly(
                "Propranolol\tother\t40 mg\tpreventive\tshown\tcourse from " + march + " to " + june
                        + "; course from " + today + ", still taken",
                "sumatriptan\ttriptan\tno usual dose\tfor attacks\thidden\tno course");
    }

    @Test
    void aRenamedMedicine_keepsItsCourse_andAShownOneComesBack() {
        run("medicines", "start", "Propranolol", "--on", march);
        run("medicines", "hide", "Propranolol");

        assertThat(run("medicines", "rename", "propranolol", "Propranolol LA")).as(err).isEqualTo(Cli.OK);
        assertThat(run("medicines", "show", "PROPRANOLOL LA")).as(err).isEqualTo(Cli.OK);
        run("medicines", "list");
        assertThat(out.lines().findFirst()).contains("Propranolol LA\tother\t40 mg\tpreventive\tshown\tcourse from "
                + march + ", still taken");
    }

    @Test
    void aGroupGivenNoCommand_namesItsCommands() {
        assertThat(run("medicines")).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: Which medicines command? list, add, rename, hide, show, start, stop "
                + "or correct.");
    }

    @Test
    void correct_givesACourseNewDays_andRefusesDaysThatCannotBe() {
        run("medicines", "start", "Propranolol", "--on", march);
        run("medicines", "stop", "Propranolol", "--on", june);

        assertThat(run("medicines", "correct", "propranolol", "--start", march, "--new-start", today.minusMonths(7)
                .toString(), "--still-taken")).as(err).isEqualTo(Cli.OK);
        assertThat(out).isEqualTo("corrected the course of propranolol to from " + today.minusMonths(7)
                + ", still taken\n");
        assertThat(run("medicines", "correct", "Propranolol", "--start", march, "--stop", june))
                .isEqualTo(Cli.FAILED);
        assertThat(err).startsWith("headback: medication: “Propranolol” has no course from " + march);
        assertThat(run("medicines", "correct", "Propranolol", "--start", today.minusMonths(7).toString(), "--stop",
                march)).isEqualTo(Cli.USAGE);
        assertThat(err).startsWith("headback: medication: the stop day " + march + " of Propranolol is before its "
                + "start day " + today.minusMonths(7));

        run("medicines", "list");
        assertThat(out.lines().findFirst()).contains("Propranolol\tother\t40 mg\tpreventive\tshown\tcourse from "
                + today.minusMonths(7) + ", still taken");
    }
}
