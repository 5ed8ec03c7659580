package org.crampcare.diary;

/** Which leg. */
public enum Side {
    LEFT("left"), RIGHT("right"), BOTH("both");

    private final String contractId;

    Side(String contractId) {
        this.contractId = contractId;
    }

    /** The id of this side in contract v1 ({@code episode.side}). */
    public String contractId() {
        return contractId;
    }
}
