package org.tilmash.workflow;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled publishing, and notifications delivered after commit on their own threads. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class WorkflowConfiguration {}
