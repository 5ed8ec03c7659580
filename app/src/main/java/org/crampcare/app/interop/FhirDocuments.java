package org.crampcare.app.interop;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;

import org.crampcare.app.report.DiaryExtract;
import org.crampcare.diary.Episode;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

/**
 * A diary as a FHIR R4 document Bundle ({@code type = document}, an identifier and a timestamp): the Composition
 * first, with a section for the cramps and one for the medicines; the Patient; one Observation per cramp; one
 * MedicationStatement per medicine the person listed (free text: the diary does not code them).
 *
 * <p>Each cramp follows the pattern of the HL7 Symptoms IG's SymptomObservation without claiming its profile (the IG
 * package cannot be loaded here, and a profile the validator cannot find is an error): category
 * {@code SymptomTemporary#symptom}, code LOINC 75325-1 "Symptom", value SNOMED CT 55300003 "Cramp", the body site
 * ({@link BodySites}), the Patient as subject and performer, the pain 0 to 10 as a component (LOINC 72514-3,
 * {@code valueInteger}). The time is {@code effectiveDateTime}; when the person gave how long it lasted, it is
 * {@code effectivePeriod} from start to end instead, as the IG's examples give a symptom's span.
 *
 * <p>Serialised with HAPI's own JSON parser ({@link #json}); HAPI objects never reach Spring's message converters.
 */
@Component
public class FhirDocuments {
    static final String LOINC = "http://loinc.org";
    static final String SYMPTOM_CATEGORY = "http://hl7.org/fhir/uv/symptoms/CodeSystem/SymptomTemporary";
    static final String CRAMP = "55300003";
    static final String SYMPTOM = "75325-1";
    static final String PAIN_0_10 = "72514-3";

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private final MessageSource messages;

    public FhirDocuments(MessageSource messages) {
        this.messages = messages;
    }

    public static FhirContext context() {
        return FHIR;
    }

    /** The Bundle as JSON text, ready for {@code application/fhir+json}. */
    public String json(DiaryExtract diary, Instant now, Locale locale) {
        return FHIR.newJsonParser().encodeResourceToString(bundle(diary, now, locale));
    }

    public Bundle bundle(DiaryExtract diary, Instant now, Locale locale) {
        Date timestamp = Date.from(now);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.DOCUMENT)
                .setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue(urn()))
                .setTimestamp(timestamp);

        String patientUrl = urn();
        Patient patient = new Patient();
        diary.subject().name().ifPresent(n -> patient.addName().setText(n));
        patient.setText(narrative(diary.subject().name().orElse(word("report.fhir.patient", locale))));
        Reference subject = new Reference(patientUrl);

        Composition composition = new Composition().setStatus(Composition.CompositionStatus.FINAL)
                .setType(new CodeableConcept(new Coding(LOINC, "11503-0", "Medical records")))
                .setSubject(subject).setDate(timestamp).setTitle(word("report.title", locale));
        composition.addAuthor(subject);
        composition.getEvent().add(new Composition.CompositionEventComponent().setPeriod(new Period()
                .setStartElement(new DateTimeType(diary.period().from().toString()))
                .setEndElement(new DateTimeType(diary.period().to().toString()))));
        composition.setText(narrative(word("report.title", locale) + ": " + diary.period().from() + " – "
                + diary.period().to()));

        var cramps = composition.addSection().setTitle(word("report.section.entries", locale))
                .setCode(new CodeableConcept(new Coding(LOINC, SYMPTOM, "Symptom")));
        var medicines = composition.addSection().setTitle(word("report.section.medicines", locale))
                .setCode(new CodeableConcept(new Coding(LOINC, "10160-0", "History of Medication use Narrative")));

        bundle.addEntry().setFullUrl(urn()).setResource(composition);
        bundle.addEntry().setFullUrl(patientUrl).setResource(patient);

        for (Episode e : diary.episodes()) {
            String url = urn();
            bundle.addEntry().setFullUrl(url).setResource(observation(e, subject, locale));
            cramps.addEntry(new Reference(url));
        }
        cramps.setText(narrative(diary.episodes().size() + " × " + word("report.summary.cramps", locale)));
        if (diary.episodes().isEmpty()) {
            cramps.setEmptyReason(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/list-empty-reason", "nilknown", "Nil Known")));
        }
        for (String name : diary.medicines()) {
            String url = urn();
            MedicationStatement m = new MedicationStatement().setStatus(MedicationStatement.MedicationStatementStatus.UNKNOWN)
                    .setMedication(new CodeableConcept().setText(name)).setSubject(subject)
                    .setInformationSource(subject).setDateAsserted(timestamp);
            m.setText(narrative(name));
            bundle.addEntry().setFullUrl(url).setResource(m);
            medicines.addEntry(new Reference(url));
        }
        medicines.setText(narrative(diary.medicines().isEmpty() ? word("report.medicines.none", locale)
                : String.join(", ", diary.medicines())));
        if (diary.medicines().isEmpty()) {
            medicines.setEmptyReason(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/list-empty-reason", "nilknown", "Nil Known")));
        }
        return bundle;
    }

    Observation observation(Episode e, Reference subject, Locale locale) {
        String where = messages.getMessage("report.place_side", new Object[] {
                word("report.place." + e.place().contractId(), locale), word("report.side." + e.side().contractId(), locale) },
                locale);
        Observation o = new Observation().setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(SYMPTOM_CATEGORY, "symptom", "Symptom")));
        o.setCode(new CodeableConcept(new Coding(LOINC, SYMPTOM, "Symptom")));
        o.setSubject(subject);
        o.addPerformer(subject);
        DateTimeType start = instant(e.at(), e);
        if (e.duration().isPresent()) {
            o.setEffective(new Period().setStartElement(start).setEndElement(instant(e.at().plus(e.duration().get()), e)));
        } else {
            o.setEffective(start);
        }
        o.setValue(new CodeableConcept(new Coding(BodySites.SNOMED, CRAMP, "Cramp")));
        o.setBodySite(BodySites.of(e.place(), e.side(), where));
        o.addComponent().setCode(new CodeableConcept(new Coding(LOINC, PAIN_0_10,
                "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))).setValue(new IntegerType(e.pain()));
        e.notes().ifPresent(n -> o.addNote(new Annotation().setText(n)));
        o.setText(narrative(word("report.fhir.cramp", locale) + ": " + where + ", " + start.getValueAsString()
                + ", " + e.pain() + "/10"));
        return o;
    }

    /** The moment with the person's own offset, as they saw the clock. */
    private static DateTimeType instant(Instant at, Episode e) {
        return new DateTimeType(Date.from(at), TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone(e.zone()));
    }

    private static Narrative narrative(String text) {
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        div.addText(text);
        return new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED).setDiv(div);
    }

    private static String urn() {
        return "urn:uuid:" + UUID.randomUUID();
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** Every resource of the bundle after the Composition, for the tests. */
    static List<Resource> resources(Bundle b) {
        return b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).toList();
    }
}
