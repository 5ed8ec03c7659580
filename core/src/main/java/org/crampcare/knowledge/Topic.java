package org.crampcare.knowledge;

/** The library's browse sections. */
public enum Topic {
    ABOUT("about", "About cramps"),
    CAUSES("causes", "Causes"),
    LOOK_ALIKES("look_alikes", "Look-alikes and warning signs"),
    FIRST_AID("first_aid", "First aid"),
    TREATMENTS("treatments", "Treatments"),
    FOLK_REMEDIES("folk_remedies", "Folk remedies"),
    EXERCISES("exercises", "Exercises"),
    PREVENTION("prevention", "Prevention");

    private final String key;
    private final String label;

    Topic(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }
}
