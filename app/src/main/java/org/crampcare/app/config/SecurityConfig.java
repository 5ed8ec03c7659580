package org.crampcare.app.config;

import java.time.Duration;
import java.util.List;

import org.crampcare.app.account.AccessTokens;
import org.crampcare.app.account.AccountEntryPoints;
import org.crampcare.app.account.BearerTokenFilter;
import org.crampcare.app.account.RateLimits;
import org.crampcare.app.account.RecentSignIn;
import org.crampcare.app.account.SignInRateLimit;
import org.crampcare.app.account.WebAuthnProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.ui.DefaultResourcesFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Who may see what, and how people sign in. First aid, the assessment and the library are open to everyone and keep
 * nothing: an anonymous visitor gets no session (the CSRF token lives in a cookie, an address to come back to after
 * signing in too), and the questionnaire, which keeps its answers in the link, needs no CSRF token at all. The diary, the account and their API need a signed-in person: a session (in the database, shared
 * by every instance) from a password or a passkey, or a personal access token for the API. The headers are strict on
 * every answer: a Content-Security-Policy without inline script, no framing, no referrer, no sniffing.
 *
 * <p>"Keep me signed in" uses persistent tokens ({@code JdbcTokenRepositoryImpl}, table {@code persistent_logins}),
 * not Spring Session's {@code SpringSessionRememberMeServices}: that one only stretches the session to 30 days, so a
 * stolen session cookie would stay good that long and the 30-minute idle limit would be gone. Persistent tokens keep
 * the session short, rotate the token at each use and notice a stolen one (an old token presented again ends every
 * token of the account), and a person they sign in is known as remembered, not as having typed a password, so
 * "sign in again" still asks. Static files have a chain of their own that never reads the token, so parallel
 * requests for a page's files cannot present one token twice.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** The cookie of "keep me signed in" (the session cookie is Spring Session's {@code SESSION}). */
    static final String REMEMBER_ME_COOKIE = "remember-me";
    static final Duration REMEMBERED_FOR = Duration.ofDays(30);

    static final String[] SIGNED_IN = { "/diary/**", "/account/**", "/api/v1/episodes/**", "/api/v1/check-ins/**",
        "/api/v1/changes/**", "/api/v1/export", "/api/v1/export/**", "/api/v1/reports/**", "/api/v1/insights",
        "/api/v1/insights/**", "/webauthn/register/**" };
    /** Where a password or passkey sign-in of the last 5 minutes is needed (not remember-me, not a token). */
    static final String[] RECENT_SIGN_IN = { "/diary/export/**", "/account/delete", "/account/export/**" };
    /** The public JSON API: no cookies, nothing stored, so no CSRF token either. */
    static final String[] ANONYMOUS_API = { "/api/v1/assessments", "/api/v1/knowledge/**", "/api/v1/search" };
    /**
     * The questionnaire: its answers travel in the link and it stores nothing, so its forms carry no CSRF token (a
     * forged POST could only show someone a question page) and its pages are the same for every anonymous visitor,
     * which is what lets {@link PageCache} keep them.
     */
    static final String[] QUESTIONNAIRE = { "/assessment", "/assessment/**" };
    static final String[] STATIC = { "/css/**", "/js/**", "/img/**", "/icon.svg", "/manifest.webmanifest", "/sw.js",
        "/favicon.ico" };

    /** Static files: public, no session, no remember-me, the same headers. */
    @Bean
    @Order(1)
    SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
        return forEveryone(http.securityMatcher(STATIC)).build();
    }

    /**
     * The public JSON API (an assessment, the knowledge base): it knows nobody, so it needs neither session, nor
     * remember-me, nor passkeys, nor a CSRF token. A chain of its own keeps the thirty-odd filters of signing in off
     * its every request (they were most of its time).
     */
    @Bean
    @Order(0)
    SecurityFilterChain anonymousApi(HttpSecurity http) throws Exception {
        return forEveryone(http.securityMatcher(ANONYMOUS_API)).anonymous(a -> a.disable()).build();
    }

    /**
     * The questionnaire for someone not signed in (no session, no "keep me signed in", no token): no session, no
     * remember-me, no passkeys, no CSRF token, so no cookie is set and the same address gives the same bytes. Someone
     * signed in goes through the main chain, which knows them (their header shows the diary).
     */
    @Bean
    @Order(2)
    SecurityFilterChain anonymousQuestionnaire(HttpSecurity http) throws Exception {
        RequestMatcher questionnaire = matcher(QUESTIONNAIRE);
        return forEveryone(http.securityMatcher(request -> questionnaire.matches(request)
                && !PageCache.maybeSignedIn(request))).build();
    }

    /**
     * The API with a personal access token ({@code Authorization: Bearer}): for that request only, no session, no
     * cookie, no CSRF token (a browser does not send such a header across sites by itself).
     */
    @Bean
    @Order(3)
    SecurityFilterChain bearerApi(HttpSecurity http, AccessTokens accessTokens) throws Exception {
        AccountEntryPoints answers = new AccountEntryPoints(matcher(RECENT_SIGN_IN), new NullRequestCache());
        http.securityMatcher(BearerTokenFilter::carriesBearer)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(RECENT_SIGN_IN).access(new RecentSignIn(java.time.Clock.systemUTC()))
                        .requestMatchers(SIGNED_IN).authenticated()
                        .anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .addFilterBefore(new BearerTokenFilter(accessTokens), UsernamePasswordAuthenticationFilter.class)
                .headers(SecurityConfig::strictHeaders);
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users,
            PersistentTokenRepository rememberedTokens, RateLimits limits,
            RecentSignIn recentSignIn, WebAuthnProperties webauthn, WebAuthnRelyingPartyOperations relyingParty,
            PublicKeyCredentialCreationOptionsRepository passkeyRegistrations, AuthenticationEventPublisher events)
            throws Exception {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer(c -> c.sameSite("Lax"));
        CookieRequestCache comeBack = new CookieRequestCache();
        // only pages someone asked for; never an API call or a form's POST
        comeBack.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/"));
        RequestMatcher recent = matcher(RECENT_SIGN_IN);
        AccountEntryPoints answers = new AccountEntryPoints(recent, comeBack);
        var passkeySessions = new CompositeSessionAuthenticationStrategy(List.of(
                new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));

        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(RECENT_SIGN_IN).access(recentSignIn)
                        .requestMatchers(SIGNED_IN).authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").usernameParameter("username").passwordParameter("password")
                        .failureUrl("/login?error").defaultSuccessUrl("/diary", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out")
                        .invalidateHttpSession(true).clearAuthentication(true))
                .rememberMe(remember -> remember.tokenRepository(rememberedTokens).userDetailsService(users)
                        .rememberMeParameter("remember-me").rememberMeCookieName(REMEMBER_ME_COOKIE)
                        .tokenValiditySeconds((int) REMEMBERED_FOR.toSeconds()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(f -> f.changeSessionId()))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers(ANONYMOUS_API)
                        .ignoringRequestMatchers(QUESTIONNAIRE))
                .requestCache(cache -> cache.requestCache(comeBack))
                .exceptionHandling(e -> e.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .addFilterBefore(new SignInRateLimit(limits), UsernamePasswordAuthenticationFilter.class)
                // Spring Security serves its passkey script only with its own sign-in page; ours is a template
                .addFilterBefore(DefaultResourcesFilter.webauthn(), UsernamePasswordAuthenticationFilter.class)
                .webAuthn(w -> w.rpName(webauthn.rpName()).rpId(webauthn.rpId()).allowedOrigins(List.copyOf(
                                webauthn.origins()).toArray(String[]::new))
                        .creationOptionsRepository(passkeyRegistrations)
                        .disableDefaultRegistrationPage(true)
                        .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                            /** A passkey sign-in like a password one: new session id, new CSRF token, logged. */
                            @Override
                            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                                ProviderManager manager = new ProviderManager(
                                        new WebAuthnAuthenticationProvider(relyingParty, users));
                                manager.setAuthenticationEventPublisher(events);
                                filter.setAuthenticationManager(manager);
                                filter.setSessionAuthenticationStrategy(passkeySessions);
                                filter.setSecurityContextRepository(new DelegatingSecurityContextRepository(
                                        new RequestAttributeSecurityContextRepository(),
                                        new HttpSessionSecurityContextRepository()));
                                HttpMessageConverterAuthenticationSuccessHandler success =
                                        new HttpMessageConverterAuthenticationSuccessHandler();
                                success.setRequestCache(comeBack);
                                filter.setAuthenticationSuccessHandler(success);
                                return filter;
                            }
                        }))
                .headers(SecurityConfig::strictHeaders);
        return http.build();
    }

    /** A chain that knows nobody: everything allowed, no session, no CSRF token, no saved request, strict headers. */
    private static HttpSecurity forEveryone(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .headers(SecurityConfig::strictHeaders);
    }

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(f -> f.deny())
                .contentTypeOptions(c -> { });
    }

    private static RequestMatcher matcher(String... patterns) {
        return new OrRequestMatcher(java.util.Arrays.stream(patterns)
                .map(p -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(p)).toList());
    }

}
