package org.crampcare.app.assessment;

import org.crampcare.app.config.WebSliceConfig;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** What the assessment's {@code @WebMvcTest} slices need: the shared web slice plus this feature's components. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ WebSliceConfig.class, Questionnaire.class, FormReader.class, PageForm.class, ResultViews.class,
        BecauseWording.class })
class AssessmentSlice {
}
