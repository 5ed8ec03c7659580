package org.crampcare.app.config;

import org.crampcare.assessment.AssessmentEngine;
import org.crampcare.assessment.RequestReader;
import org.crampcare.assessment.ResultWriter;
import org.crampcare.interview.Interview;
import org.crampcare.knowledge.KnowledgeBase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core, loaded once at start-up: the knowledge base (validated), the engine, the interview, the contract reader and writer. */
@Configuration(proxyBeanMethods = false)
class KnowledgeConfig {

    @Bean
    KnowledgeBase knowledgeBase() {
        return KnowledgeBase.load();
    }

    @Bean
    AssessmentEngine assessmentEngine(KnowledgeBase kb) {
        return new AssessmentEngine(kb);
    }

    @Bean
    RequestReader requestReader() {
        return new RequestReader();
    }

    @Bean
    Interview interview(AssessmentEngine engine, RequestReader reader) {
        return new Interview(engine, reader);
    }

    @Bean
    ResultWriter resultWriter() {
        return new ResultWriter();
    }
}
