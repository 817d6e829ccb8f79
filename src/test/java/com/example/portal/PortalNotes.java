package com.example.portal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PortalNotes extends JpaRepository<PortalNote, Long> {}
