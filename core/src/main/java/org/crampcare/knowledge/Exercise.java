package org.crampcare.knowledge;

/** Timing of an exercise: how long to hold, how many repetitions and sets, the rest between them. */
public record Exercise(int holdSeconds, int repetitions, int sets, int restSeconds, boolean perLeg) {

    /** Total time in seconds, holds and rests included, both legs when per leg. */
    public int totalSeconds() {
        int perSide = sets * repetitions * Math.max(holdSeconds, 1) + Math.max(0, sets * repetitions - 1) * restSeconds;
        return perLeg ? 2 * perSide : perSide;
    }
}
