package org.crampcare.app.config;

import org.crampcare.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** One line at start: what runs (version, knowledge version) and where (port). No database yet. */
@Component
class StartupLog implements ApplicationListener<WebServerInitializedEvent> {
    private static final Logger LOG = LoggerFactory.getLogger("org.crampcare.app");
    private final KnowledgeBase kb;

    StartupLog(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String version = StartupLog.class.getPackage().getImplementationVersion();
        LOG.info("CrampCare {} serving on port {}, knowledge {}, no database", version == null ? "development" : version,
                event.getWebServer().getPort(), kb.version());
    }
}
