package org.crampcare.app.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class ReportLinksStorageH2Test extends ReportLinksStorageContract {
    private static final JdbcClient H2 = ReportStorage.migrated(new DriverManagerDataSource(
            "jdbc:h2:mem:reports-storage;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "sa", ""));

    @Override
    JdbcClient database() {
        return H2;
    }
}
