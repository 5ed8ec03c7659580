package org.crampcare.diary;

/** Where on the leg a logged cramp was; each is one of the contract's episode locations. */
public enum Place {
    CALF("calf"), FOOT("foot"), TOES("toes"), THIGH_FRONT("thigh_front"), THIGH_BACK("thigh_back");

    private final String contractId;

    Place(String contractId) {
        this.contractId = contractId;
    }

    /** The id of this place in contract v1 ({@code episode.locations}). */
    public String contractId() {
        return contractId;
    }
}
