package org.crampcare.app.config;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.crampcare.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** One line at start: what runs (version, knowledge version) and where (port, database). */
@Component
class StartupLog implements ApplicationListener<WebServerInitializedEvent> {
    private static final Logger LOG = LoggerFactory.getLogger("org.crampcare.app");
    private final KnowledgeBase kb;
    private final DataSource dataSource;

    StartupLog(KnowledgeBase kb, DataSource dataSource) {
        this.kb = kb;
        this.dataSource = dataSource;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String version = StartupLog.class.getPackage().getImplementationVersion();
        LOG.info("CrampCare {} serving on port {}, knowledge {}, database {}", version == null ? "development" : version,
                event.getWebServer().getPort(), kb.version(), database());
    }

    /** The database's product and where it is, without user, password or any parameter. */
    private String database() {
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion().split(" ")[0] + " at "
                    + where(meta.getURL());
        } catch (SQLException e) {
            return "unreachable (" + e.getSQLState() + ")";
        }
    }

    static String where(String jdbcUrl) {
        String url = jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring(5) : jdbcUrl;
        int cut = url.length();
        for (char c : new char[] {';', '?'}) {
            int i = url.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        url = url.substring(0, cut);
        int at = url.indexOf('@'); // postgresql://user:secret@host/db
        int scheme = url.indexOf("//");
        if (at > 0 && scheme >= 0 && at > scheme) {
            url = url.substring(0, scheme + 2) + url.substring(at + 1);
        }
        return url;
    }
}
