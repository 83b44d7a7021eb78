art29-preservation-title = Kërkesë për ruajtjen e përshpejtuar të të dhënave kompjuterike të ruajtura
art31-subscriber-title = Kërkesë për ndihmë juridike të ndërsjellë për informacionin mbi pajtimtarin
art31-traffic-title = Kërkesë për ndihmë juridike të ndërsjellë për të dhënat e ruajtura të trafikut
art31-content-title = Kërkesë për ndihmë juridike të ndërsjellë për të dhënat e ruajtura të përmbajtjes
emergency-disclosure-title = Kërkesë urgjente për zbulimin e të dhënave kompjuterike të ruajtura
provider-preservation-title = Kërkesë drejtuar një ofruesi shërbimi për ruajtjen e të dhënave
provider-disclosure-title = Kërkesë drejtuar një ofruesi shërbimi për zbulimin vullnetar të informacionit mbi pajtimtarin, adresave IP dhe regjistrave të hyrjeve
