package org.crampcare.knowledge;

import java.util.Arrays;
import java.util.Optional;

/** What a library entry is about; each kind belongs to one browse topic. */
public enum EntryKind {
    OVERVIEW("overview", Topic.ABOUT),
    CRAMP_KIND("cramp_kind", Topic.ABOUT),
    LOCATION("location", Topic.ABOUT),
    ANECDOTE("anecdote", Topic.FOLK_REMEDIES),
    CAUSE("cause", Topic.CAUSES),
    GROUP("group", Topic.CAUSES),
    MIMIC("mimic", Topic.LOOK_ALIKES),
    WARNING("warning", Topic.LOOK_ALIKES),
    FIRST_AID_STEP("first_aid_step", Topic.FIRST_AID),
    FIRST_AID_SITUATION("first_aid_situation", Topic.FIRST_AID),
    TREATMENT("treatment", Topic.TREATMENTS),
    FOLK_REMEDY("folk_remedy", Topic.FOLK_REMEDIES),
    EXERCISE("exercise", Topic.EXERCISES),
    DIET("diet", Topic.PREVENTION),
    PREVENTION("prevention", Topic.PREVENTION);

    private final String key;
    private final Topic topic;

    EntryKind(String key, Topic topic) {
        this.key = key;
        this.topic = topic;
    }

    public String key() {
        return key;
    }

    public Topic topic() {
        return topic;
    }

    public static Optional<EntryKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
