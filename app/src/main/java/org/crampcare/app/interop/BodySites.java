package org.crampcare.app.interop;

import org.crampcare.diary.Place;
import org.crampcare.diary.Side;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * Where a cramp was, as SNOMED CT for {@code Observation.bodySite}.
 *
 * <p>The body structures are those of DICOM PS3.16 CID 4031 "Common Anatomic Regions" (seen in its table as copied
 * into open DICOM tools, e.g. gdcm-based anonymisers: "Calf of leg" 53840002, "Foot" 56459004, "Toe" 29707007,
 * "Thigh" 68367000). No SNOMED concept for the front or the back of the thigh (as muscle, not skin) could be checked
 * here, so both are the thigh, and {@code text} keeps which side of it; codes that are guessed are worse than none
 * (published mappings have carried "hamstring muscle" codes that are in fact plants).
 *
 * <p>Laterality is post-coordinated, as SNOMED CT compositional grammar allows in {@code Coding.code}:
 * {@code 53840002:272741003=7771000} is "calf of leg, laterality left". 272741003 is the Laterality attribute,
 * 7771000 Left, 24028007 Right, 51440002 Right and left (the qualifier values of DICOM CID 244 and SNOMED's own
 * laterality reference set).
 */
final class BodySites {
    static final String SNOMED = "http://snomed.info/sct";
    static final String LATERALITY = "272741003";

    private BodySites() {
    }

    static String structure(Place place) {
        return switch (place) {
            case CALF -> "53840002";
            case FOOT -> "56459004";
            case TOES -> "29707007";
            case THIGH_FRONT, THIGH_BACK -> "68367000";
        };
    }

    static String structureDisplay(Place place) {
        return switch (place) {
            case CALF -> "Calf of leg";
            case FOOT -> "Foot";
            case TOES -> "Toe";
            case THIGH_FRONT, THIGH_BACK -> "Thigh";
        };
    }

    static String laterality(Side side) {
        return switch (side) {
            case LEFT -> "7771000";
            case RIGHT -> "24028007";
            case BOTH -> "51440002";
        };
    }

    /** The coded body site; {@code text} is how the person's own language names it ("Back of the thigh, left"). */
    static CodeableConcept of(Place place, Side side, String text) {
        return new CodeableConcept().addCoding(new Coding(SNOMED,
                structure(place) + ":" + LATERALITY + "=" + laterality(side), null)).setText(text);
    }
}
