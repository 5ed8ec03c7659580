package org.crampcare.app.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.crampcare.app.report.DiaryExtract;
import org.crampcare.app.report.Period;
import org.crampcare.app.report.ReportFixtures;
import org.crampcare.diary.Place;
import org.crampcare.diary.Side;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;

class FhirDocumentsTest {
    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    /** The HAPI validator, offline; expensive to build, so once for this test class (docs/stack-next.md §6). */
    static FhirValidator validator;
    static DiaryExtract year;
    static Bundle bundle;
    static final FhirDocuments documents = new FhirDocuments(ReportFixtures.messages());

    @BeforeAll
    static void build() {
        var ctx = FhirDocuments.context();
        var unknown = new UnknownCodeSystemWarningValidationSupport(ctx);
        unknown.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
        var chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx), unknown);
        validator = ctx.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
        year = ReportFixtures.year();
        bundle = documents.bundle(year, NOW, Locale.ENGLISH);
    }

    private static List<Observation> observations(Bundle b) {
        return FhirDocuments.resources(b).stream().filter(Observation.class::isInstance).map(Observation.class::cast).toList();
    }

    @Test
    void aYearOfTheDiaryValidatesWithNoErrors() {
        // a year of observations takes the validator minutes: the same kinds of entries, fewer of them
        var small = new DiaryExtract(year.subject(), year.period(), year.episodes().subList(0, 25), List.of(), List.of(),
                year.medicines());
        ValidationResult result = validator.validateWithResult(documents.json(small, NOW, Locale.ENGLISH));
        // the validator's messages, the same message on every entry counted once
        System.out.println("HAPI FHIR validator, " + result.getMessages().size() + " messages:");
        result.getMessages().stream()
                .collect(java.util.stream.Collectors.groupingBy(m -> m.getSeverity() + " "
                        + m.getLocationString().replaceAll("entry\\[\\d+]", "entry[*]") + " "
                        + m.getMessage().replaceAll("entry\\[\\d+]", "entry[*]"), java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()))
                .forEach((m, n) -> System.out.println("  " + n + " x " + m));
        assertThat(result.getMessages()).filteredOn(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .extracting(SingleValidationMessage::getMessage).isEmpty();
    }

    @Test
    void anEmptyDiaryValidatesWithNoErrors() {
        var empty = ReportFixtures.diary(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), List.of());
        ValidationResult result = validator.validateWithResult(documents.json(empty, NOW, Locale.ENGLISH));
        assertThat(result.getMessages()).filteredOn(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .extracting(SingleValidationMessage::getMessage).isEmpty();
    }

    @Test
    void theBundleIsADocumentWithTheCompositionFirst() {
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        assertThat(bundle.getIdentifier().getValue()).startsWith("urn:uuid:");
        assertThat(bundle.getTimestamp().toInstant()).isEqualTo(NOW);
        assertThat(bundle.getEntryFirstRep().getResource()).isInstanceOf(Composition.class);
        assertThat(bundle.getEntry()).allSatisfy(e -> assertThat(e.getFullUrl()).startsWith("urn:uuid:"));
        assertThat(FhirDocuments.resources(bundle)).filteredOn(Patient.class::isInstance).hasSize(1);
    }

    @Test
    void everyCrampIsOneSymptomObservationInTheCompositionsSection() {
        List<Observation> obs = observations(bundle);
        assertThat(obs).hasSize(year.episodes().size());
        Composition c = (Composition) bundle.getEntryFirstRep().getResource();
        assertThat(c.getSectionFirstRep().getEntry()).hasSize(obs.size());
        Observation o = obs.get(0);
        assertThat(o.getCategoryFirstRep().getCodingFirstRep().getSystem()).isEqualTo(FhirDocuments.SYMPTOM_CATEGORY);
        assertThat(o.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("symptom");
        assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("75325-1");
        assertThat(o.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("55300003");
        assertThat(o.getSubject().getReference()).isEqualTo(o.getPerformerFirstRep().getReference());
        assertThat(o.getMeta().getProfile()).isEmpty();
    }

    @Test
    void painIsAComponentFromZeroToTen() {
        var e = ReportFixtures.episode(LocalDate.of(2026, 11, 3), LocalTime.of(3, 10), Place.CALF, Side.LEFT, 7);
        Observation o = observations(documents.bundle(ReportFixtures.diary(
                new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), List.of(e)), NOW, Locale.ENGLISH)).get(0);
        assertThat(o.getComponentFirstRep().getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3");
        assertThat(o.getComponentFirstRep().getValueIntegerType().getValue()).isEqualTo(7);
    }

    @Test
    void theBodySiteIsSnomedWithItsLaterality() {
        var e = ReportFixtures.episode(LocalDate.of(2026, 11, 3), LocalTime.of(3, 10), Place.THIGH_BACK, Side.RIGHT, 4);
        Observation o = observations(documents.bundle(ReportFixtures.diary(
                new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), List.of(e)), NOW, Locale.ENGLISH)).get(0);
        assertThat(o.getBodySite().getCodingFirstRep().getSystem()).isEqualTo("http://snomed.info/sct");
        assertThat(o.getBodySite().getCodingFirstRep().getCode()).isEqualTo("68367000:272741003=24028007");
        assertThat(o.getBodySite().getText()).isEqualTo("Back of the thigh, right");
    }

    @Test
    void aCrampWithADurationSpansFromItsStartToItsEnd() {
        var e = ReportFixtures.episode(LocalDate.of(2026, 11, 3), LocalTime.of(3, 10), Place.CALF, Side.LEFT, 4);
        Observation o = observations(documents.bundle(ReportFixtures.diary(
                new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), List.of(e)), NOW, Locale.ENGLISH)).get(0);
        assertThat(o.getEffectivePeriod().getStartElement().getValueAsString()).isEqualTo("2026-11-03T03:10:00+01:00");
        assertThat(o.getEffectivePeriod().getEndElement().getValueAsString()).isEqualTo("2026-11-03T03:12:00+01:00");
    }

    @Test
    void aCrampWithoutADurationHasItsMomentOnly() {
        var at = ReportFixtures.episode(LocalDate.of(2026, 11, 3), LocalTime.of(3, 10), Place.CALF, Side.LEFT, 4);
        var e = new org.crampcare.diary.Episode(at.at(), at.zone(), at.place(), at.side(), 4, java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Set.of());
        Observation o = observations(documents.bundle(ReportFixtures.diary(
                new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), List.of(e)), NOW, Locale.ENGLISH)).get(0);
        assertThat(o.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-11-03T03:10:00+01:00");
    }

    @Test
    void everyMedicineIsAStatementInFreeText() {
        var statements = FhirDocuments.resources(bundle).stream().filter(MedicationStatement.class::isInstance)
                .map(MedicationStatement.class::cast).toList();
        assertThat(statements).extracting(m -> m.getMedicationCodeableConcept().getText())
                .containsExactlyElementsOf(year.medicines());
    }

    @Test
    void theJsonIsHapisOwnAndReadsBack() {
        String json = documents.json(year, NOW, Locale.ENGLISH);
        assertThat(json).startsWith("{\"resourceType\":\"Bundle\"").contains("Амлодипин");
        Bundle back = FhirDocuments.context().newJsonParser().parseResource(Bundle.class, json);
        assertThat(back.getEntry()).hasSize(bundle.getEntry().size());
    }
}
