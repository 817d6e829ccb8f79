package org.tilmash;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A transaction in Tilmash's database ({@link TilmashDatabase}): Spring's {@code @Transactional} with Tilmash's
 * transaction manager, which is the host's own unless Tilmash has a data source of its own. A plain
 * {@code @Transactional} would always use the host's.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(transactionManager = TilmashDatabase.TRANSACTIONS)
public @interface TilmashTransactional {

    @AliasFor(annotation = Transactional.class)
    boolean readOnly() default false;

    @AliasFor(annotation = Transactional.class)
    Propagation propagation() default Propagation.REQUIRED;
}
