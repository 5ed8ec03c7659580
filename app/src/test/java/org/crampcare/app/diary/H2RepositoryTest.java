package org.crampcare.app.diary;

import org.springframework.boot.test.context.SpringBootTest;

/** The diary's storage on H2 (in memory, PostgreSQL mode: the embedded default's dialect). */
@SpringBootTest
class H2RepositoryTest extends RepositoryContract {
}
