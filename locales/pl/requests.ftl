# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Wniosek o niezwłoczne zabezpieczenie przechowywanych danych informatycznych
art31-subscriber-title = Wniosek o wzajemną pomoc prawną w zakresie informacji o abonentach
art31-traffic-title = Wniosek o wzajemną pomoc prawną w zakresie przechowywanych danych dotyczących ruchu
art31-content-title = Wniosek o wzajemną pomoc prawną w zakresie przechowywanych danych dotyczących treści
emergency-disclosure-title = Wniosek o ujawnienie przechowywanych danych informatycznych w sytuacji nadzwyczajnej
provider-preservation-title = Wniosek do dostawcy usług o zabezpieczenie danych
provider-disclosure-title = Wniosek do dostawcy usług o dobrowolne ujawnienie informacji o abonentach, adresów IP i rejestrów logowania
reply-receipt-title = Potwierdzenie otrzymania wniosku
reply-preserved-title = Potwierdzenie zabezpieczenia
reply-action-title = Zawiadomienie o podjętych działaniach
reply-clarification-title = Prośba o wyjaśnienia
reply-refusal-title = Zawiadomienie o niemożności wykonania wniosku
