package org.crampcare.app.config;

import org.crampcare.knowledge.KnowledgeBase;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page shows: the emergency number and the disclaimer (from the knowledge base). */
@ControllerAdvice
class GlobalModel {
    private final CrampCareProperties properties;
    private final KnowledgeBase kb;

    GlobalModel(CrampCareProperties properties, KnowledgeBase kb) {
        this.properties = properties;
        this.kb = kb;
    }

    @ModelAttribute("emergencyNumber")
    String emergencyNumber() {
        return properties.emergencyNumber();
    }

    @ModelAttribute("disclaimer")
    String disclaimer() {
        return kb.rules().disclaimer();
    }
}
