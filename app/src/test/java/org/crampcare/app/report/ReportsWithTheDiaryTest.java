package org.crampcare.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.crampcare.app.account.AccountId;
import org.crampcare.app.account.DataExported;
import org.crampcare.app.diary.Changes;
import org.crampcare.app.diary.CheckIns;
import org.crampcare.app.diary.Episodes;
import org.crampcare.app.insight.Seeded;
import org.crampcare.app.interop.FhirDocuments;
import org.crampcare.diary.RedFlag;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The reports read the stored diary (ReportData on the repositories), its insights and its triage. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class ReportsWithTheDiaryTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Episodes episodes;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Changes changes;
    @Autowired
    ApplicationEvents events;

    Seeded seeded;
    AccountId anna;
    final LocalDate today = Seeded.today();

    @BeforeEach
    void seed() {
        seeded = new Seeded(jdbc, episodes, checkIns, changes);
        anna = seeded.account();
    }

    String period(LocalDate from, LocalDate to) {
        return "?from=" + from + "&to=" + to;
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theCsvHasOnlyThePeriodsRowsWithABomAndNeutralisedFormulas() throws Exception {
        seeded.cramp(anna, today.minusDays(30), 4, Set.of(), "before the period");
        seeded.cramp(anna, today.minusDays(5), 6, Set.of(), "=HYPERLINK(\"x\")");
        seeded.checkIn(anna, today.minusDays(5), "Amlodipine");
        seeded.checkIn(anna, today.minusDays(40), "");
        byte[] body = mvc.perform(get("/api/v1/reports/diary.csv" + period(today.minusDays(10), today))
                .with(Seeded.as(anna))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows).extracting(r -> r.get("record")).containsExactly("episode", "check_in");
        assertThat(rows.get(0).get("notes")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(rows.get(1).get("new_medicine")).isEqualTo("Amlodipine");
        assertThat(csv).doesNotContain("before the period");
        assertThat(events.stream(DataExported.class)).singleElement().satisfies(e -> assertThat(e.account()).isEqualTo(anna));
    }

    @Test
    void aCsvPeriodThatEndsBeforeItStartsIsA400NamingTo() throws Exception {
        mvc.perform(get("/api/v1/reports/diary.csv" + period(today, today.minusDays(3))).with(Seeded.as(anna)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("to"));
    }

    @Test
    void thePdfShowsTheComparisonSentenceAndTheAssessmentFromTheDiary() throws Exception {
        seeded.selfCareNotImproving(anna);
        seeded.checkIn(anna, today.minusDays(3), "Ramipril 5 mg");
        byte[] pdf = mvc.perform(get("/api/v1/reports/doctor.pdf" + period(today.minusWeeks(10), today))
                .with(Seeded.as(anna))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("Stretching before bed", // by hand: 8 cramps in the 26 nights before, 8 in the 27 after the run-in
                "Cramps went from 2.2 to 2.1 a week: no clear difference",
                "The first 7 nights after the start are left out", "Level: Doctor",
                "have not got better after four weeks", "Ramipril 5 mg");
        assertThat(events.stream(DataExported.class)).hasSize(1);
    }

    @Test
    void thePdfListsTheRedFlagsOfThePeriod() throws Exception {
        seeded.cramp(anna, today.minusDays(4), 7, Set.of(RedFlag.CALF_SWELLING_ONE_SIDE), "");
        byte[] pdf = mvc.perform(get("/api/v1/reports/doctor.pdf" + period(today.minusDays(10), today))
                .with(Seeded.as(anna))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("Swelling of one calf");
    }

    @Test
    void theFhirDocumentHasAnObservationPerCrampOfThePeriodOnly() throws Exception {
        seeded.cramp(anna, today.minusDays(30));
        seeded.cramp(anna, today.minusDays(5));
        seeded.cramp(anna, today.minusDays(3));
        String json = mvc.perform(get("/api/v1/reports/fhir" + period(today.minusDays(10), today)).with(Seeded.as(anna)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Bundle b = FhirDocuments.context().newJsonParser().parseResource(Bundle.class, json);
        assertThat(b.getEntry().stream().filter(e -> e.getResource() instanceof Observation)).hasSize(2);
        assertThat(events.stream(DataExported.class)).hasSize(1);
    }

    @Test
    void anotherPersonsReportShowsNothingOfTheirs() throws Exception {
        seeded.cramp(anna, today.minusDays(3), 5, Set.of(), "ANNA-ONLY");
        AccountId bob = seeded.account();
        String csv = mvc.perform(get("/api/v1/reports/diary.csv" + period(today.minusDays(10), today))
                .with(Seeded.as(bob))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).doesNotContain("ANNA-ONLY");
    }
}
