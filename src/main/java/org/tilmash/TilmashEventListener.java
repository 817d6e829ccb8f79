package org.tilmash;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Spring Modulith's {@code @ApplicationModuleListener} in Tilmash's database: after the publishing transaction
 * commits, in the background, in a new transaction of Tilmash's ({@link TilmashTransactional}) rather than the host's.
 * The event publication registry records it like any transactional listener, so a crash before it completes delivers
 * the event again.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Async
@TilmashTransactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener
public @interface TilmashEventListener {}
