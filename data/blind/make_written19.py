# ruff: noqa: E501
"""Write data/blind/written-19.jsonl: training mail in languages other than English.

Seventh batch of hand-written training mail (fifteenth pass). Each language below has its own
greetings, thanks, decision sentences, closings, quoted-header form and twins (confirmations
that talk about a refusal that has not happened, interview invitations, next steps, offers,
"still under review" notes and a declined loan or rental). Rejections are labelled
``rejection`` only when the message tells the reader their application for a job or
internship will not go on. About forty messages mix languages (English subject over a local
body, an English ATS footer, an English quoted header).

    python data/blind/make_written19.py           # writes the file (seed 190119)
    python data/blind/make_written19.py --check   # 6-word-shingle overlap with the other data

Stdlib only; two runs give byte-identical output.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

SEED = 190119
HERE = Path(__file__).resolve().parent
OUT = HERE / "written-19.jsonl"
PROVENANCE = "written for rejectwatch issue 11 fifteenth pass as training mail, seventh batch, other languages (make_written19.py)"
SEALED = {"blind-slice-13.jsonl", "blind-slice-14.jsonl"}

# Template names for rejections; the twins use their kind as template.
REJ_TEMPLATES = ("plain", "thread", "ats", "short", "warm", "agency", "public")

EN_SUBJECTS = (
    "Your application: {role}",
    "Update on your application",
    "{company} - application status",
    "Re: {role} application",
)
EN_FOOTERS = (
    "--\nThis email was sent via our applicant tracking system on behalf of {company}. Please do not reply to this message.",
    "--\nPowered by a hiring platform. You are receiving this because you applied for a position at {company}. Manage your candidate profile in the careers portal.",
    "Privacy notice: {company} processes your personal data for recruitment purposes only. To request deletion, write to privacy@{domain}.",
)
EN_QUOTE = "On {date}, {name} <{email}> wrote:"

LANGS: list[dict] = []

LANGS.append({
    "code": "de", "full": True,
    "readers": [("Jonas", "Brückner"), ("Svenja", "Hoffmeister"), ("Deniz", "Aydın-Krause")],
    "senders": ["Katrin Wellmann", "Tobias Ehrenreich", "Miriam Sauter"],
    "companies": [("Lindqvist Antriebstechnik GmbH", "lindqvist-antrieb.example"), ("Kornfeld & Partner Steuerberatung", "kornfeld-stb.example"), ("Wolkenbruch Software AG", "wolkenbruch.example")],
    "roles": ["Werkstudent Controlling", "Junior Data Analyst (m/w/d)", "Sachbearbeitung Lohnbuchhaltung", "Praktikum Marketing ab April"],
    "hi_f": "Guten Tag {first} {last},", "hi_i": "Hallo {first},",
    "thanks": ["vielen Dank für Ihre Bewerbung als {role} und das Vertrauen, das Sie uns damit entgegenbringen.", "herzlichen Dank für Ihr Interesse an {company} und die Zeit, die Sie in Ihre Unterlagen gesteckt haben.", "danke, dass Sie sich beim Gespräch letzte Woche so viel Zeit für uns genommen haben."],
    "rej": ["Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können.",
         "Inzwischen haben wir einer Bewerberin zugesagt, die für genau dieses Aufgabengebiet schon mehrere Jahre Erfahrung mitbringt.",
         "Die Position {role} ist mittlerweile besetzt.",
         "Leider ist unsere Wahl nicht auf Sie gefallen.",
         "Nach Abschluss des Auswahlverfahrens können wir Ihnen keine Zusage geben.",
         "Wir werden den Prozess mit Ihnen nicht fortsetzen, auch wenn uns die Entscheidung nicht leichtgefallen ist.",
         "Das Team hat sich nach den Zweitgesprächen für eine andere Person entschieden.",
         "Für die ausgeschriebene Stelle kommen Sie diesmal nicht in die engere Auswahl.",
         "Bitte haben Sie Verständnis dafür, dass wir Ihnen eine Absage erteilen müssen."],
    "agency": "Mein Mandant hat sich nach Durchsicht der Profile gegen eine Einladung zum Gespräch entschieden, daher kann ich Sie für diese Position nicht weiter vorstellen.",
    "public": "Die Auswahlkommission hat beschlossen, Sie im weiteren Stellenbesetzungsverfahren nicht zu berücksichtigen. Ihre Unterlagen werden nach Ablauf der Frist gemäß AGG vernichtet.",
    "soft": ["Für Ihren weiteren Weg wünschen wir Ihnen von Herzen alles Gute.", "Gerne würden wir Ihre Daten für künftige Vakanzen in unserem Talentpool behalten - bitte geben Sie uns kurz Bescheid, ob Sie einverstanden sind.", "Ihr Feedback zum Bewerbungsprozess ist uns jederzeit willkommen."],
    "bye_f": "Mit freundlichen Grüßen", "bye_i": "Viele Grüße",
    "quote": "Am {date} schrieb {name} <{email}>:",
    "note": "Guten Tag, ich wollte mich kurz nach dem Stand meiner Bewerbung erkundigen. Vielen Dank und beste Grüße",
    "rsubj": ["Ihre Bewerbung als {role}", "Rückmeldung zu Ihrer Bewerbung", "Absage: {role}", "Ihre Bewerbung bei {company}"],
    "ats_footer": "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht. Informationen zum Datenschutz finden Sie in unserem Karriereportal.",
    "ack_subj": "Eingangsbestätigung: {role}",
    "ack": ["wir bestätigen den Eingang Ihrer Bewerbung als {role}. Wir melden uns innerhalb von drei Wochen bei Ihnen.", "Ihre Unterlagen sind vollständig bei uns eingegangen. Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist die Stelle leider anderweitig vergeben - bis dahin prüfen wir jedoch jede Bewerbung sorgfältig."],
    "inv_subj": "Einladung zum Vorstellungsgespräch - {role}",
    "inv": "wir freuen uns, Sie zu einem persönlichen Gespräch einzuladen. Passt Ihnen Dienstag, der 12., um 10 Uhr in unserem Büro? Bitte bringen Sie Ihre Zeugnisse mit.",
    "nxt_subj": "Nächster Schritt: Online-Test",
    "nxt": "Sie sind eine Runde weiter! Im nächsten Schritt bitten wir Sie, bis Freitag einen kurzen Online-Test (ca. 30 Minuten) zu absolvieren. Den Link finden Sie unten.",
    "off_subj": "Unser Angebot für Sie",
    "off": "wir freuen uns sehr, Ihnen die Stelle als {role} anbieten zu dürfen. Den Vertragsentwurf senden wir Ihnen heute separat zu - bitte geben Sie uns bis Mittwoch Bescheid.",
    "hold_subj": "Zwischenstand zu Ihrer Bewerbung",
    "hold": "das Auswahlverfahren für die Stelle {role} dauert leider länger als geplant. Ihre Bewerbung ist weiterhin im Rennen; wir melden uns spätestens Ende des Monats.",
    "nj_subj": "Ihr Kreditantrag Nr. 4471-22",
    "nj": "leider können wir Ihrem Antrag auf einen Ratenkredit derzeit nicht entsprechen. Grundlage ist die Auswertung Ihrer Schufa-Auskunft und Ihrer Einkommensnachweise.",
})

LANGS.append({
    "code": "fr", "full": True,
    "readers": [("Camille", "Roussel"), ("Yanis", "Belkacem"), ("Océane", "Marchetti")],
    "senders": ["Sophie Delaunay", "Mathieu Carrère", "Nadia Ferhat"],
    "companies": [("Groupe Vernier Habitat", "vernier-habitat.example"), ("Atelier Lisière", "lisiere.example"), ("Banque Coopérative du Val", "bcval.example")],
    "roles": ["Chargé(e) de communication", "Stagiaire contrôle de gestion", "Développeur·se back-end", "Assistant(e) RH en alternance"],
    "hi_f": "Bonjour {first} {last},", "hi_i": "Salut {first},",
    "thanks": ["Nous vous remercions pour l'intérêt que vous portez à {company} et pour votre candidature au poste de {role}.", "Merci pour le temps que vous nous avez accordé lors de nos échanges.", "Nous avons bien étudié votre dossier avec attention."],
    "rej": ["Malheureusement, votre dossier ne sera pas retenu pour la suite du recrutement.",
         "Après réflexion, l'équipe a préféré une personne ayant déjà piloté ce type de projet en agence.",
         "Le poste de {role} a été pourvu.",
         "Nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
         "Nous avons décidé de ne pas poursuivre le processus avec vous pour ce poste.",
         "C'est finalement une candidate issue de notre réseau d'alternants qui rejoindra l'équipe.",
         "Le processus de recrutement est désormais clos et votre candidature n'a pas été sélectionnée.",
         "Votre profil ne correspond pas tout à fait à ce que nous recherchons pour cette mission, nous n'irons donc pas plus loin."],
    "agency": "Mon client a fait le choix d'avancer avec d'autres candidats, je ne pourrai donc pas présenter votre dossier sur cette opportunité.",
    "public": "La commission de sélection, réunie le 14, n'a pas retenu votre candidature pour ce recrutement par voie de détachement.",
    "soft": ["Bonne continuation à vous, et merci encore d'avoir pensé à nous.", "Si vous le souhaitez, nous garderons votre CV sous le coude pour une prochaine ouverture.", "N'hésitez pas à suivre nos offres sur notre site carrières."],
    "bye_f": "Bien cordialement,", "bye_i": "À bientôt,",
    "quote": "Le {date}, {name} <{email}> a écrit :",
    "note": "Bonjour, je me permets de revenir vers vous concernant ma candidature. Bien à vous",
    "rsubj": ["Votre candidature - {role}", "Suite à votre candidature", "Réponse à votre candidature chez {company}"],
    "ats_footer": "Ce message est généré automatiquement, merci de ne pas y répondre. Conformément au RGPD, vous pouvez demander la suppression de vos données.",
    "ack_subj": "Accusé de réception de votre candidature",
    "ack": ["Nous accusons bonne réception de votre candidature au poste de {role}. Notre équipe l'étudie et reviendra vers vous rapidement.", "Votre candidature a bien été enregistrée. En raison du nombre important de dossiers, seules les personnes retenues pour un entretien seront contactées ; sans nouvelles de notre part sous un mois, vous pourrez considérer que votre candidature n'a pas abouti."],
    "inv_subj": "Invitation à un entretien - {role}",
    "inv": "Votre profil a retenu toute notre attention et nous souhaiterions vous rencontrer. Seriez-vous disponible jeudi à 14h30 pour un entretien en visio ?",
    "nxt_subj": "Prochaine étape : cas pratique",
    "nxt": "Suite à notre premier échange, nous vous proposons de réaliser un court cas pratique, à nous renvoyer d'ici lundi. Vous trouverez l'énoncé en pièce jointe.",
    "off_subj": "Proposition d'embauche",
    "off": "C'est avec grand plaisir que nous vous proposons de rejoindre {company} en tant que {role}. Vous trouverez ci-joint la promesse d'embauche ; merci de nous la retourner signée.",
    "hold_subj": "Point sur votre candidature",
    "hold": "Nous tenions à vous informer que le recrutement pour le poste de {role} est temporairement suspendu. Votre candidature reste active et nous reviendrons vers vous dès la reprise.",
    "nj_subj": "Votre demande de location - Appartement rue des Tanneurs",
    "nj": "Nous sommes au regret de vous informer que le propriétaire a retenu un autre dossier pour l'appartement de la rue des Tanneurs.",
})

LANGS.append({
    "code": "es", "full": False,
    "readers": [("Lucía", "Ortega Prieto"), ("Álvaro", "Sanz Ibáñez")],
    "senders": ["Marta Gil", "Jorge Villalba"],
    "companies": [("Cerámicas del Turia S.L.", "ceramicasturia.example"), ("Ayuntamiento de Villanueva del Campo", "villanueva-campo.example")],
    "roles": ["Técnico/a de calidad", "Becario/a de auditoría", "Administrativo/a contable"],
    "hi_f": "Estimado/a {first}:", "hi_i": "Hola, {first}:",
    "thanks": ["Le agradecemos sinceramente el interés mostrado en el puesto de {role}.", "Gracias por participar en nuestro proceso de selección."],
    "rej": ["Lamentablemente, el equipo ha preferido a personas con más años de experiencia en laboratorio cerámico.",
         "Tras valorar todas las candidaturas, la vacante ha quedado cubierta.",
         "Sentimos comunicarle que no pasa a la fase de entrevistas.",
         "Hemos optado por otra persona para este puesto.",
         "Le informamos de que el proceso de selección ha finalizado y no ha resultado seleccionado/a.",
         "No vamos a seguir adelante con su candidatura en esta ocasión."],
    "agency": "Mi cliente ha preferido avanzar con perfiles con más experiencia en el sector, así que no podré presentarte a esta vacante.",
    "public": "El tribunal calificador ha publicado la relación definitiva de aprobados, en la que no figura usted; por tanto, no continúa en el proceso.",
    "soft": ["Le deseamos mucha suerte en su búsqueda profesional.", "Guardaremos su CV en nuestra base de datos para futuras vacantes."],
    "bye_f": "Un cordial saludo,", "bye_i": "Un abrazo,",
    "quote": "El {date}, {name} <{email}> escribió:",
    "note": "Buenos días, quería saber si hay novedades sobre mi candidatura. Gracias",
    "rsubj": ["Su candidatura a {role}", "Proceso de selección - {role}", "Respuesta a su candidatura"],
    "ats_footer": "Este mensaje ha sido generado automáticamente. Por favor, no responda a este correo. Puede ejercer sus derechos de protección de datos en nuestro portal de empleo.",
    "ack_subj": "Hemos recibido tu candidatura",
    "ack": ["Confirmamos la recepción de tu candidatura para {role}. Si tu perfil encaja, te llamaremos en las próximas dos semanas; si no recibes noticias en un mes, entiende que el proceso no ha seguido adelante contigo."],
    "inv_subj": "Entrevista - {role}",
    "inv": "Nos gustaría conocerte en persona. ¿Te vendría bien el miércoles a las 11:00 en nuestras oficinas de Valencia?",
    "off_subj": "Oferta de empleo",
    "off": "Nos complace ofrecerle el puesto de {role}. Adjuntamos la propuesta con las condiciones; le agradeceríamos una respuesta antes del viernes.",
    "nj_subj": "Solicitud de alquiler - Calle Ruzafa 14",
    "nj": "Lamentamos comunicarle que el propietario ha elegido a otro inquilino para la vivienda de la calle Ruzafa.",
})

LANGS.append({
    "code": "es-419", "full": False,
    "readers": [("Valentina", "Quispe"), ("Santiago", "Restrepo")],
    "senders": ["Daniela Cárdenas", "Andrés Mejía"],
    "companies": [("Grupo Altiplano Logística", "altiplano-log.example"), ("Fintech Colibrí", "colibri-pagos.example")],
    "roles": ["Analista de datos Jr.", "Ejecutivo/a comercial", "Practicante de recursos humanos"],
    "hi_f": "Estimado/a {first} {last}:", "hi_i": "¡Hola, {first}!",
    "thanks": ["Muchas gracias por postularte a la vacante de {role} y por tu tiempo en las entrevistas.", "Agradecemos su interés en formar parte de {company}."],
    "rej": ["Queremos contarte que en esta oportunidad no avanzarás a la siguiente etapa del proceso.",
         "Después de analizar tu perfil, decidimos seguir con otra persona para la posición.",
         "Lamentablemente la vacante ya fue cubierta.",
         "Por el momento tu postulación no continuará en el proceso.",
         "Le informamos que el proceso cerró y su perfil no fue elegido.",
         "Esta vez no fue posible avanzar con tu candidatura."],
    "agency": "El cliente eligió a otra persona de la terna, por lo que tu postulación queda cerrada para esta búsqueda.",
    "public": "Se le comunica que, conforme al acta de evaluación curricular, su postulación no alcanzó el puntaje mínimo y no pasa a la etapa de entrevista.",
    "soft": ["Te deseamos muchos éxitos en lo que viene.", "Te invitamos a seguir atento/a a nuestras vacantes."],
    "bye_f": "Saludos cordiales,", "bye_i": "¡Éxitos!",
    "quote": "El {date}, {name} <{email}> escribió:",
    "note": "Hola, buenas tardes. Quería consultar si ya hay respuesta sobre el proceso. Saludos",
    "rsubj": ["Tu postulación a {role}", "Resultado del proceso de selección", "{company} - actualización de tu proceso"],
    "ats_footer": "Correo generado automáticamente, por favor no responder. Tus datos se tratarán conforme a nuestro aviso de privacidad.",
    "ack_subj": "Recibimos tu postulación",
    "ack": ["¡Gracias por postularte! Tu perfil ya está en revisión. Si quedas preseleccionado/a, te contactaremos por WhatsApp o correo en los próximos 10 días hábiles."],
    "nxt_subj": "Siguiente etapa: prueba técnica",
    "nxt": "¡Felicitaciones, avanzas a la siguiente etapa! Te enviamos el enlace a la prueba técnica; tienes 48 horas para completarla.",
    "hold_subj": "Tu proceso sigue en curso",
    "hold": "Queríamos avisarte que el proceso para {role} está en pausa por unas semanas mientras el área define el presupuesto. Tu postulación sigue vigente.",
    "nj_subj": "Solicitud de crédito",
    "nj": "Tras revisar tu solicitud, no fue posible aprobar el crédito de nómina en este momento. Podrás volver a solicitarlo en 90 días.",
})

LANGS.append({
    "code": "pt", "full": False,
    "readers": [("Inês", "Carvalho Teixeira"), ("Rodrigo", "Magalhães")],
    "senders": ["Joana Pestana", "Rui Figueiredo"],
    "companies": [("Conservas Atlântico, S.A.", "conservas-atlantico.example"), ("Câmara Municipal de Vale Formoso", "cm-valeformoso.example")],
    "roles": ["Técnico(a) de Recursos Humanos", "Estagiário(a) de Engenharia Civil", "Gestor(a) de Conta"],
    "hi_f": "Exmo(a). Sr(a). {first} {last},", "hi_i": "Olá {first},",
    "thanks": ["Agradecemos o interesse demonstrado na nossa empresa e a candidatura à função de {role}.", "Obrigado pela disponibilidade que demonstrou durante a entrevista."],
    "rej": ["Infelizmente, a sua candidatura não foi selecionada para a fase seguinte.",
         "Após ponderação, a equipa preferiu alguém que já trabalhou connosco num projeto anterior.",
         "Informamos que a vaga já se encontra preenchida.",
         "Lamentamos informar que não iremos dar seguimento à sua candidatura.",
         "O processo de recrutamento foi concluído e a escolha recaiu sobre outra pessoa.",
         "Decidimos não prosseguir com o seu processo nesta fase."],
    "agency": "O nosso cliente decidiu avançar com outros perfis, pelo que não poderei apresentar a sua candidatura para esta posição.",
    "public": "Nos termos da lista de ordenação final homologada, V. Exa. foi excluído(a) do procedimento concursal por não ter obtido a classificação mínima na prova de conhecimentos.",
    "soft": ["Desejamos-lhe as maiores felicidades profissionais.", "Manteremos os seus dados em base de dados para futuras oportunidades, caso concorde."],
    "bye_f": "Com os melhores cumprimentos,", "bye_i": "Um abraço,",
    "quote": "A {date}, {name} <{email}> escreveu:",
    "note": "Bom dia, gostaria de saber se já existe alguma novidade quanto à minha candidatura. Obrigado",
    "rsubj": ["A sua candidatura - {role}", "Processo de recrutamento - resposta", "Candidatura {company}"],
    "ats_footer": "Esta mensagem foi gerada automaticamente. Por favor não responda. Para questões sobre proteção de dados, consulte a nossa política de privacidade.",
    "ack_subj": "Confirmação de receção da candidatura",
    "ack": ["Confirmamos a receção da sua candidatura para {role}. Caso não seja contactado(a) no prazo de 30 dias, considere que nesta fase não foi selecionado(a); até lá, todas as candidaturas estão em análise."],
    "inv_subj": "Convite para entrevista",
    "inv": "Gostaríamos de o(a) convidar para uma entrevista nas nossas instalações em Matosinhos, na próxima segunda-feira às 15h. Pode confirmar a sua presença?",
    "hold_subj": "Ponto de situação da sua candidatura",
    "hold": "O processo para {role} ainda está a decorrer e a sua candidatura continua em análise. Daremos notícias até ao final do mês.",
})

LANGS.append({
    "code": "pt-BR", "full": False,
    "readers": [("Larissa", "Nogueira"), ("Thiago", "Albuquerque")],
    "senders": ["Fernanda Lopes", "Caio Bittencourt"],
    "companies": [("Cooperativa Vale do Ipê", "valedoipe.example"), ("Banco Jabuticaba Digital", "jabuticaba.example")],
    "roles": ["Analista de Marketing Pleno", "Estágio em Engenharia de Dados", "Assistente Administrativo"],
    "hi_f": "Prezado(a) {first},", "hi_i": "Oi, {first}! Tudo bem?",
    "thanks": ["Agradecemos muito sua participação no processo seletivo para {role}.", "Obrigado pelo seu tempo e pela conversa com o time na semana passada."],
    "rej": ["Infelizmente, neste momento não seguiremos com a sua candidatura.",
         "Após avaliarmos todos os perfis, optamos por outro candidato para a vaga.",
         "A vaga de {role} foi preenchida.",
         "Você não foi aprovado(a) para a próxima etapa do processo.",
         "Decidimos encerrar o processo com você por aqui.",
         "O processo seletivo foi finalizado e seu perfil não foi o escolhido dessa vez."],
    "agency": "A empresa cliente optou por seguir com outra pessoa da shortlist, então sua participação nesse processo se encerra aqui.",
    "public": "Conforme o resultado publicado no Diário Oficial, o(a) candidato(a) não foi classificado(a) dentro do número de vagas previsto no edital.",
    "soft": ["Desejamos sucesso na sua jornada!", "Seu currículo continuará no nosso banco de talentos."],
    "bye_f": "Atenciosamente,", "bye_i": "Abraços,",
    "quote": "Em {date}, {name} <{email}> escreveu:",
    "note": "Olá, tudo bem? Gostaria de saber se há alguma atualização sobre o processo. Obrigado!",
    "rsubj": ["Retorno sobre o processo seletivo", "Sua candidatura para {role}", "Processo seletivo {company}"],
    "ats_footer": "Este é um e-mail automático, por favor não responda. Seus dados são tratados de acordo com a LGPD.",
    "ack_subj": "Recebemos sua candidatura!",
    "ack": ["Sua candidatura para {role} foi recebida com sucesso. Caso seu perfil avance, entraremos em contato em até 15 dias; se não tiver retorno nesse prazo, o processo não seguiu com você, mas você pode se candidatar a outras vagas."],
    "nxt_subj": "Próxima etapa: dinâmica em grupo",
    "nxt": "Parabéns, você passou para a próxima etapa! A dinâmica em grupo será online na quinta, às 10h. O link segue abaixo.",
    "off_subj": "Proposta de trabalho",
    "off": "É com muita alegria que enviamos sua proposta para a vaga de {role}! Confira os detalhes no anexo e nos responda até sexta.",
    "nj_subj": "Análise de crédito imobiliário",
    "nj": "Após análise, informamos que sua proposta de financiamento imobiliário não foi aprovada neste momento.",
})

LANGS.append({
    "code": "it", "full": True,
    "readers": [("Giulia", "Ferraresi"), ("Matteo", "Lo Bianco"), ("Chiara", "Pellizzari")],
    "senders": ["Francesca Odorico", "Luca Bertazzoni", "Silvia Mancuso"],
    "companies": [("Officine Meccaniche Brenta S.p.A.", "omb-brenta.example"), ("Studio Legale Fontana Rizzi", "fontanarizzi.example"), ("Pasticceria Industriale Alpina", "alpinadolci.example")],
    "roles": ["Stage in Ufficio Acquisti", "Impiegato/a amministrativo/a", "Sviluppatore Java Junior", "Addetto/a controllo qualità"],
    "hi_f": "Gentile {first} {last},", "hi_i": "Ciao {first},",
    "thanks": ["La ringraziamo per l'interesse dimostrato verso {company} e per la candidatura alla posizione di {role}.", "grazie per il tempo che ci hai dedicato durante il colloquio.", "abbiamo esaminato con attenzione il Suo curriculum."],
    "rej": ["Purtroppo dobbiamo comunicarLe che la Sua candidatura non è stata selezionata.",
         "Alla fine il responsabile di reparto ha scelto un collega che conosceva già i nostri impianti.",
         "La posizione di {role} è stata nel frattempo coperta.",
         "Ci dispiace, ma non procederemo oltre con la tua candidatura.",
         "Al termine del processo di selezione la scelta è ricaduta su un'altra persona.",
         "Siamo spiacenti di informarLa che non potremo dare seguito alla Sua candidatura.",
         "Abbiamo deciso di non andare avanti con il tuo profilo per questa ricerca.",
         "La selezione si è conclusa e il Suo nominativo non rientra tra i candidati scelti."],
    "agency": "Il mio cliente ha deciso di proseguire con altri profili, quindi non potrò presentarti per questa opportunità.",
    "public": "Si comunica che, in base alla graduatoria approvata con determina dirigenziale n. 312, Ella non risulta tra i vincitori del concorso.",
    "soft": ["Le auguriamo le migliori fortune professionali.", "Conserveremo il Suo CV per eventuali future opportunità.", "In bocca al lupo per tutto!"],
    "bye_f": "Cordiali saluti,", "bye_i": "Un saluto,",
    "quote": "Il giorno {date} {name} <{email}> ha scritto:",
    "note": "Buongiorno, volevo chiedere se ci sono aggiornamenti sulla mia candidatura. Grazie mille",
    "rsubj": ["Esito della Sua candidatura", "Candidatura {role}", "Aggiornamento selezione {company}"],
    "ats_footer": "Questa e-mail è stata generata automaticamente, si prega di non rispondere. Informativa privacy ai sensi del Regolamento UE 2016/679 disponibile sul portale carriere.",
    "ack_subj": "Conferma ricezione candidatura",
    "ack": ["confermiamo di aver ricevuto la Sua candidatura per {role}. La valuteremo nei prossimi giorni.", "la tua candidatura è stata registrata. Se entro 30 giorni non riceverai nostre notizie, significa che il tuo profilo non è stato individuato per questa posizione; nel frattempo il team la sta valutando."],
    "inv_subj": "Invito a colloquio - {role}",
    "inv": "saremmo lieti di incontrarLa per un colloquio conoscitivo venerdì alle 9:30 presso la nostra sede di Padova. Ci conferma la disponibilità?",
    "nxt_subj": "Prossimo step: test tecnico",
    "nxt": "ottime notizie: passi alla fase successiva! Ti chiediamo di completare un test tecnico online entro martedì. Trovi il link qui sotto.",
    "off_subj": "Proposta di assunzione",
    "off": "siamo lieti di offrirLe la posizione di {role}. In allegato trova la lettera di assunzione con RAL e data di inizio.",
    "hold_subj": "Aggiornamento sulla selezione",
    "hold": "la selezione per {role} è ancora in corso: la Sua candidatura è tra quelle in valutazione e La ricontatteremo entro due settimane.",
    "nj_subj": "Esito richiesta di finanziamento",
    "nj": "Le comunichiamo che la richiesta di prestito personale non è stata accolta sulla base delle valutazioni di merito creditizio.",
})

LANGS.append({
    "code": "nl", "full": True,
    "readers": [("Sanne", "de Vries"), ("Bram", "Hoekstra"), ("Noor", "El Amrani")],
    "senders": ["Anouk Verbeek", "Joost van Dalen", "Fleur Jansma"],
    "companies": [("Zeeweg Installatietechniek B.V.", "zeeweg.example"), ("Gemeente Oosterduin", "oosterduin.example"), ("Knoop Digital", "knoopdigital.example")],
    "roles": ["Junior Projectleider", "Stagiair Financiën", "Medior Front-end Developer", "Beleidsmedewerker Wonen"],
    "hi_f": "Beste {first} {last},", "hi_i": "Hoi {first},",
    "thanks": ["Hartelijk dank voor je sollicitatie op de functie {role}.", "Bedankt voor het prettige gesprek van vorige week.", "Dank voor uw interesse in {company}."],
    "rej": ["Helaas moeten we je laten weten dat we niet verder gaan met je sollicitatie.",
         "Het team heeft uiteindelijk iemand gekozen die al jaren in een vergelijkbare rol zit.",
         "De vacature {role} is inmiddels ingevuld.",
         "Alles overwegende nodigen wij u niet uit voor de tweede ronde.",
         "Jammer genoeg ben je niet door naar de volgende ronde.",
         "De selectieprocedure is afgerond en de keuze is op iemand anders gevallen.",
         "Wij zien helaas onvoldoende aanknopingspunten om de procedure met u voort te zetten.",
         "We gaan het proces met jou niet vervolgen."],
    "agency": "Mijn opdrachtgever heeft besloten met andere kandidaten verder te gaan, dus ik kan je voor deze rol helaas niet voorstellen.",
    "public": "De selectiecommissie heeft besloten u niet te selecteren voor de vervolgprocedure. Uw gegevens worden vier weken na afloop van de procedure verwijderd.",
    "soft": ["We wensen je veel succes met je zoektocht.", "Wil je feedback? Bel me gerust.", "Wij houden uw cv graag een jaar in portefeuille, tenzij u daar bezwaar tegen heeft."],
    "bye_f": "Met vriendelijke groet,", "bye_i": "Groetjes,",
    "quote": "Op {date} schreef {name} <{email}>:",
    "note": "Goedemiddag, ik ben benieuwd naar de stand van zaken rondom mijn sollicitatie. Groet",
    "rsubj": ["Je sollicitatie bij {company}", "Terugkoppeling sollicitatie {role}", "Uitslag selectie"],
    "ats_footer": "Dit is een automatisch gegenereerd bericht. Je kunt hier niet op reageren. Lees onze privacyverklaring op de werkenbij-site.",
    "ack_subj": "Bevestiging van je sollicitatie",
    "ack": ["We hebben je sollicitatie voor {role} goed ontvangen. Binnen twee weken hoor je van ons.", "Bedankt voor je sollicitatie! Hoor je binnen drie weken niets van ons, dan is de vacature helaas aan iemand anders gegund - maar tot die tijd bekijken we elke reactie."],
    "inv_subj": "Uitnodiging sollicitatiegesprek",
    "inv": "We willen je graag uitnodigen voor een kennismakingsgesprek op donderdag om 13:00 bij ons op kantoor in Zwolle. Laat je weten of dat past?",
    "nxt_subj": "Volgende stap: assessment",
    "nxt": "Je bent door naar de volgende fase. Als onderdeel daarvan vragen we je een online assessment te maken; je ontvangt de inlogcodes morgen.",
    "off_subj": "Aanbod {role}",
    "off": "Wat leuk je te mogen laten weten dat we je de functie van {role} willen aanbieden! In de bijlage vind je het arbeidsvoorwaardenvoorstel.",
    "hold_subj": "Stand van zaken",
    "hold": "De procedure voor {role} loopt wat uit door de vakantieperiode. Je sollicitatie is nog volop in behandeling; we komen uiterlijk 15 augustus bij je terug.",
    "nj_subj": "Reactie op uw inschrijving woning Lindelaan",
    "nj": "Helaas is de woning aan de Lindelaan toegewezen aan een andere huurder. Uw inschrijving blijft actief voor andere woningen.",
})

LANGS.append({
    "code": "pl", "full": True,
    "readers": [("Agnieszka", "Wróblewska"), ("Kacper", "Zieliński"), ("Marta", "Kołodziej")],
    "senders": ["Joanna Pawlak", "Piotr Sobczak", "Ewelina Mazur"],
    "companies": [("Bałtyk Logistyka Sp. z o.o.", "baltyklog.example"), ("Urząd Miasta Zielony Gród", "zielonygrod-um.example"), ("Sówka Software S.A.", "sowka.example")],
    "roles": ["Młodszy Księgowy", "Stażysta w dziale HR", "Tester oprogramowania", "Specjalista ds. zakupów"],
    "hi_f": "Szanowna Pani / Szanowny Panie {last},", "hi_i": "Cześć {first},",
    "thanks": ["dziękujemy za przesłanie aplikacji na stanowisko {role} oraz zainteresowanie naszą firmą.", "dzięki za rozmowę w zeszłym tygodniu i czas, który nam poświęciłeś.", "bardzo dziękujemy za udział w procesie rekrutacyjnym."],
    "rej": ["Niestety, tym razem nie możemy zaprosić Pani/Pana do kolejnego etapu rekrutacji.",
         "Zdecydowaliśmy się na kandydata, którego doświadczenie lepiej odpowiada obecnym potrzebom zespołu.",
         "Stanowisko {role} zostało już obsadzone.",
         "Z przykrością informujemy, że Pani/Pana kandydatura nie została wybrana.",
         "Proces rekrutacji został zakończony i nie będziemy kontynuować współpracy z Tobą w tym procesie.",
         "Po analizie wszystkich zgłoszeń wybraliśmy inną osobę.",
         "Nie przejdziesz dalej w tej rekrutacji.",
         "Postanowiliśmy nie kontynuować Pani/Pana procesu rekrutacyjnego."],
    "agency": "Mój klient zdecydował się na innych kandydatów, dlatego nie będę mógł przedstawić Twojej kandydatury na to stanowisko.",
    "public": "Uprzejmie informujemy, że w wyniku przeprowadzonego naboru na wolne stanowisko urzędnicze nie została Pani / nie został Pan wybrany(a). Dokumenty można odebrać w ciągu 3 miesięcy.",
    "soft": ["Życzymy powodzenia w dalszych poszukiwaniach.", "Za zgodą zachowamy Pani/Pana CV w naszej bazie na potrzeby przyszłych rekrutacji.", "Trzymamy kciuki!"],
    "bye_f": "Z poważaniem,", "bye_i": "Pozdrawiam,",
    "quote": "W dniu {date} {name} <{email}> napisał(a):",
    "note": "Dzień dobry, chciałbym zapytać, czy są już jakieś informacje w sprawie mojej aplikacji. Pozdrawiam",
    "rsubj": ["Odpowiedź na aplikację - {role}", "Informacja o wyniku rekrutacji", "Twoja aplikacja w {company}"],
    "ats_footer": "Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać. Administratorem danych osobowych jest pracodawca; szczegóły w klauzuli informacyjnej RODO.",
    "ack_subj": "Potwierdzenie otrzymania aplikacji",
    "ack": ["potwierdzamy otrzymanie aplikacji na stanowisko {role}. Odezwiemy się w ciągu 14 dni.", "Twoje zgłoszenie do nas dotarło. Uprzejmie informujemy, że skontaktujemy się tylko z wybranymi osobami - brak odpowiedzi w ciągu miesiąca oznacza, że nie zakwalifikowałeś się dalej, ale teraz wszystkie aplikacje są jeszcze w ocenie."],
    "inv_subj": "Zaproszenie na rozmowę kwalifikacyjną",
    "inv": "chcielibyśmy zaprosić Panią/Pana na rozmowę kwalifikacyjną w środę o 11:00 w naszym biurze w Gdyni. Prosimy o potwierdzenie terminu.",
    "nxt_subj": "Kolejny etap: zadanie rekrutacyjne",
    "nxt": "przechodzisz do kolejnego etapu! W załączniku znajdziesz zadanie rekrutacyjne - prosimy o odesłanie rozwiązania do piątku.",
    "off_subj": "Oferta pracy",
    "off": "z przyjemnością przedstawiamy ofertę zatrudnienia na stanowisku {role}. Szczegóły wynagrodzenia i datę rozpoczęcia znajdzie Pani/Pan w załączniku.",
    "hold_subj": "Status rekrutacji",
    "hold": "rekrutacja na stanowisko {role} jest nadal w toku, a Pani/Pana aplikacja pozostaje w rozpatrywaniu. Wrócimy z informacją do końca miesiąca.",
    "nj_subj": "Decyzja kredytowa",
    "nj": "informujemy, że bank podjął negatywną decyzję w sprawie wniosku o kredyt gotówkowy. Może Pan ponownie złożyć wniosek za 3 miesiące.",
})

LANGS.append({
    "code": "cs", "full": True,
    "readers": [("Tereza", "Dvořáková"), ("Ondřej", "Procházka"), ("Kristýna", "Novotná")],
    "senders": ["Lenka Horáková", "Martin Kučera", "Petra Šimková"],
    "companies": [("Strojírny Vltava a.s.", "strojirny-vltava.example"), ("Pivovar U Tří Lip", "trilipy.example"), ("Městský úřad Horní Lhota", "hornilhota.example")],
    "roles": ["Junior účetní", "Stáž v marketingu", "Programátor PHP", "Referent/ka stavebního úřadu"],
    "hi_f": "Vážená paní / Vážený pane {last},", "hi_i": "Ahoj {first},",
    "thanks": ["děkujeme za Váš zájem o pozici {role} ve společnosti {company}.", "díky za čas, který jsi nám věnoval na pohovoru.", "děkujeme za zaslání životopisu."],
    "rej": ["Bohužel Vám musíme oznámit, že Vaši přihlášku dál neposuneme.",
         "Pozice {role} je již obsazena.",
         "Vybrali jsme kandidáta, jehož zkušenosti lépe odpovídají požadavkům pozice.",
         "S lítostí Vám sdělujeme, že jste v tomto výběrovém řízení nebyl(a) úspěšný(á).",
         "Výběrové řízení bylo uzavřeno a Vaše přihláška nebyla vybrána.",
         "Do dalšího kola tě tentokrát neposuneme.",
         "Po zvážení všech přihlášek jsme se rozhodli s Vámi v procesu nepokračovat.",
         "Na tuto pozici jsme zvolili jiného uchazeče."],
    "agency": "Klient se rozhodl pro jiné kandidáty, takže tě na tuto pozici bohužel nemohu dále představit.",
    "public": "Výběrová komise na svém zasedání rozhodla, že jste nebyl(a) vybrán(a) k obsazení služebního místa. Podklady Vám budou vráceny poštou.",
    "soft": ["Přejeme Vám hodně úspěchů v dalším profesním životě.", "Se souhlasem si Váš životopis ponecháme pro budoucí příležitosti.", "Držíme palce!"],
    "bye_f": "S pozdravem,", "bye_i": "Měj se,",
    "quote": "Dne {date} {name} <{email}> napsal(a):",
    "note": "Dobrý den, chtěl bych se zeptat, jak to vypadá s mou přihláškou. Děkuji",
    "rsubj": ["Vaše přihláška - {role}", "Výsledek výběrového řízení", "Odpověď na Vaši žádost o zaměstnání"],
    "ats_footer": "Tento e-mail byl vygenerován automaticky, neodpovídejte na něj prosím. Informace o zpracování osobních údajů najdete na kariérních stránkách.",
    "ack_subj": "Potvrzení přijetí přihlášky",
    "ack": ["potvrzujeme přijetí Vaší přihlášky na pozici {role}. Ozveme se do 14 dnů.", "Vaši přihlášku jsme obdrželi. Pokud se Vám do tří týdnů neozveme, znamená to, že jsme vybrali jiné uchazeče; zatím však všechny žádosti pečlivě procházíme."],
    "inv_subj": "Pozvánka na pohovor",
    "inv": "rádi bychom Vás pozvali na osobní pohovor v úterý v 10:00 v naší kanceláři v Brně. Vyhovuje Vám tento termín?",
    "nxt_subj": "Další krok: úkol",
    "nxt": "postupuješ do dalšího kola! Posíláme zadání krátkého úkolu, který prosím odevzdej do čtvrtka.",
    "off_subj": "Nabídka pracovní pozice",
    "off": "s radostí Vám nabízíme pozici {role}. V příloze najdete návrh pracovní smlouvy; dejte nám prosím vědět do pátku.",
    "hold_subj": "Průběh výběrového řízení",
    "hold": "výběrové řízení na pozici {role} se protáhlo. Vaše přihláška je stále ve hře a ozveme se nejpozději do konce měsíce.",
    "nj_subj": "Žádost o pronájem bytu",
    "nj": "bohužel Vám musíme oznámit, že majitel bytu v Sokolské ulici vybral jiného nájemníka.",
})

LANGS.append({
    "code": "sk", "full": True,
    "readers": [("Zuzana", "Kováčová"), ("Matej", "Horváth"), ("Lucia", "Baranová")],
    "senders": ["Monika Kráľová", "Peter Hudák", "Andrea Tóthová"],
    "companies": [("Tatra Elektro s.r.o.", "tatraelektro.example"), ("Mestský úrad Dolný Kameň", "dolnykamen.example"), ("Orech Digital", "orechdigital.example")],
    "roles": ["Asistent/ka predaja", "Junior analytik", "Stážista v logistike", "Mzdový/á účtovník/čka"],
    "hi_f": "Vážená pani / Vážený pán {last},", "hi_i": "Ahoj {first},",
    "thanks": ["ďakujeme za Váš záujem o pozíciu {role}.", "vďaka za čas, ktorý si nám venoval na pohovore.", "ďakujeme, že ste sa zúčastnili výberového konania v {company}."],
    "rej": ["Žiaľ, musíme Vám oznámiť, že sme sa rozhodli pokračovať s inými uchádzačmi.",
         "Pozícia {role} už bola obsadená.",
         "Vybrali sme kandidáta, ktorého skúsenosti lepšie zodpovedajú potrebám tímu.",
         "S ľútosťou Vám oznamujeme, že ste v tomto výberovom konaní neuspeli.",
         "Výberový proces sme uzavreli a Vaša žiadosť nebola vybraná.",
         "Do ďalšieho kola ťa tentoraz neposunieme.",
         "Rozhodli sme sa s Vami v procese ďalej nepokračovať.",
         "Na túto pozíciu sme si zvolili inú osobu."],
    "agency": "Klient sa rozhodol pre iných kandidátov, preto ťa na túto pozíciu nemôžem ďalej odporučiť.",
    "public": "Výberová komisia rozhodla, že ste neboli úspešný/á vo výberovom konaní na obsadenie štátnozamestnaneckého miesta.",
    "soft": ["Prajeme Vám veľa úspechov v ďalšom profesijnom živote.", "S Vaším súhlasom si životopis ponecháme v databáze.", "Drž sa!"],
    "bye_f": "S pozdravom,", "bye_i": "Maj sa,",
    "quote": "Dňa {date} {name} <{email}> napísal(a):",
    "note": "Dobrý deň, chcela by som sa opýtať na stav mojej žiadosti. Ďakujem",
    "rsubj": ["Vaša žiadosť - {role}", "Výsledok výberového konania", "Odpoveď z {company}"],
    "ats_footer": "Tento e-mail bol vygenerovaný automaticky, prosím neodpovedajte naň. Informácie o ochrane osobných údajov nájdete na našom kariérnom portáli.",
    "ack_subj": "Potvrdenie prijatia žiadosti",
    "ack": ["potvrdzujeme prijatie Vašej žiadosti na pozíciu {role}. Ozveme sa do dvoch týždňov.", "Vašu žiadosť sme prijali. Ak sa Vám do 30 dní neozveme, znamená to, že sme vybrali iných uchádzačov - zatiaľ však všetky životopisy posudzujeme."],
    "inv_subj": "Pozvánka na pohovor",
    "inv": "radi by sme Vás pozvali na pohovor vo štvrtok o 9:00 v našej pobočke v Žiline. Potvrďte nám prosím účasť.",
    "nxt_subj": "Ďalší krok vo výberovom konaní",
    "nxt": "postupujete do ďalšieho kola. Pošleme Vám odkaz na online test, ktorý treba vyplniť do pondelka.",
    "off_subj": "Ponuka zamestnania",
    "off": "s radosťou Vám ponúkame pozíciu {role}. Návrh zmluvy je v prílohe, dajte nám vedieť do stredy.",
    "hold_subj": "Stav Vašej žiadosti",
    "hold": "výberové konanie na pozíciu {role} stále prebieha a Vaša žiadosť je v posudzovaní. Ozveme sa do konca mesiaca.",
    "nj_subj": "Žiadosť o úver",
    "nj": "oznamujeme Vám, že Vašej žiadosti o spotrebný úver sme nevyhoveli na základe interného posúdenia bonity.",
})

LANGS.append({
    "code": "hu", "full": True,
    "readers": [("Eszter", "Szabó"), ("Bence", "Kovács"), ("Réka", "Tóth-Varga")],
    "senders": ["Nagy Krisztina", "Farkas Gábor", "Balogh Judit"],
    "companies": [("Duna-Gép Kft.", "dunagep.example"), ("Kékfa Informatika Zrt.", "kekfa.example"), ("Pannon Egészségügyi Központ", "pannonegeszseg.example")],
    "roles": ["Junior könyvelő", "Gyakornok - pénzügy", "Rendszergazda", "Ügyfélszolgálati munkatárs"],
    "hi_f": "Kedves {first}!", "hi_i": "Szia {first}!",
    "thanks": ["Köszönjük, hogy jelentkezett a(z) {role} pozícióra.", "Köszi, hogy időt szántál ránk a múlt heti interjún.", "Köszönjük érdeklődését a(z) {company} iránt."],
    "rej": ["Sajnálattal tájékoztatjuk, hogy jelentkezését ezúttal nem tudjuk továbbvinni.",
         "A pozícióra olyan jelöltet választottunk, akinek tapasztalata jobban illeszkedik a csapat igényeihez.",
         "A(z) {role} pozíciót időközben betöltöttük.",
         "Sajnos most nem jutottál tovább a következő körbe.",
         "A kiválasztási folyamat lezárult, és nem Önt választottuk.",
         "Úgy döntöttünk, hogy a folyamatot Önnel nem folytatjuk.",
         "Más jelölt mellett döntöttünk.",
         "Pályázatát alapos mérlegelés után nem tudjuk elfogadni."],
    "agency": "Partnerünk más jelöltekkel halad tovább, így erre a pozícióra sajnos nem tudlak bemutatni.",
    "public": "Értesítjük, hogy a pályázati eljárás eredményeként a munkáltatói jogkör gyakorlója nem Önt nevezte ki a meghirdetett köztisztviselői álláshelyre.",
    "soft": ["További sikereket kívánunk a pályafutásához.", "Hozzájárulása esetén önéletrajzát adatbázisunkban megőrizzük.", "Sok sikert!"],
    "bye_f": "Üdvözlettel:", "bye_i": "Üdv,",
    "quote": "{name} <{email}> ezt írta ({date}):",
    "note": "Jó napot! Érdeklődnék, hogy van-e már hír a jelentkezésemmel kapcsolatban. Köszönöm",
    "rsubj": ["Jelentkezése a(z) {role} pozícióra", "Visszajelzés a pályázatáról", "{company} - kiválasztási eredmény"],
    "ats_footer": "Ez egy automatikusan generált üzenet, kérjük, ne válaszoljon rá. Adatkezelési tájékoztatónkat a karrieroldalon találja.",
    "ack_subj": "Jelentkezését megkaptuk",
    "ack": ["Megkaptuk jelentkezését a(z) {role} pozícióra. Két héten belül jelentkezünk.", "Köszönjük pályázatát! Ha 30 napon belül nem keressük, az azt jelenti, hogy más jelöltet választottunk - addig azonban minden anyagot átnézünk."],
    "inv_subj": "Meghívó állásinterjúra",
    "inv": "Szeretnénk személyes interjúra hívni kedden 10 órára budapesti irodánkba. Kérjük, jelezze, megfelel-e az időpont.",
    "nxt_subj": "Következő lépés: online teszt",
    "nxt": "Továbbjutottál! A következő lépésben egy rövid online tesztet kérünk kitölteni péntekig; a linket alább találod.",
    "off_subj": "Állásajánlat",
    "off": "Örömmel ajánljuk fel Önnek a(z) {role} pozíciót. A munkaszerződés tervezetét mellékeljük, kérjük, szerdáig jelezzen vissza.",
    "hold_subj": "Tájékoztatás a folyamat állásáról",
    "hold": "A(z) {role} pozíció kiválasztása még folyamatban van, jelentkezése továbbra is értékelés alatt áll. A hónap végéig jelentkezünk.",
    "nj_subj": "Hitelkérelem elbírálása",
    "nj": "Tájékoztatjuk, hogy személyi kölcsön iránti kérelmét bankunk elutasította.",
})

LANGS.append({
    "code": "ro", "full": True,
    "readers": [("Andreea", "Popescu"), ("Mihai", "Ionescu"), ("Ioana", "Dumitrescu")],
    "senders": ["Alina Stan", "Radu Georgescu", "Cristina Matei"],
    "companies": [("Carpați Construct SRL", "carpaticonstruct.example"), ("Primăria Orașului Valea Verde", "valeaverde.example"), ("Nuca Software", "nucasoft.example")],
    "roles": ["Contabil junior", "Internship Marketing", "Inginer QA", "Consilier juridic"],
    "hi_f": "Stimată doamnă / Stimate domnule {last},", "hi_i": "Salut {first},",
    "thanks": ["vă mulțumim pentru interesul arătat față de poziția de {role}.", "mersi pentru timpul acordat la interviul de săptămâna trecută.", "vă mulțumim că ați participat la procesul de recrutare {company}."],
    "rej": ["Din păcate, vă informăm că nu vom continua procesul de selecție cu dumneavoastră.",
         "Am ales un candidat a cărui experiență corespunde mai bine cerințelor postului.",
         "Poziția de {role} a fost ocupată.",
         "Regretăm să vă anunțăm că aplicația dumneavoastră nu a fost selectată.",
         "Procesul de recrutare s-a încheiat și alegerea noastră s-a oprit asupra altei persoane.",
         "De data aceasta nu treci în etapa următoare.",
         "Am decis să nu mergem mai departe cu candidatura ta.",
         "Nu vă putem oferi postul în urma acestui proces."],
    "agency": "Clientul meu a decis să meargă mai departe cu alți candidați, așa că nu te mai pot propune pentru această poziție.",
    "public": "Vă comunicăm că, în urma probei scrise, ați fost declarat(ă) RESPINS(Ă) la concursul pentru ocuparea funcției publice de execuție vacante.",
    "soft": ["Vă dorim mult succes în carieră.", "Cu acordul dumneavoastră, vom păstra CV-ul în baza noastră de date.", "Baftă!"],
    "bye_f": "Cu stimă,", "bye_i": "Numai bine,",
    "quote": "În {date}, {name} <{email}> a scris:",
    "note": "Bună ziua, aș dori să aflu dacă există noutăți legate de aplicația mea. Mulțumesc",
    "rsubj": ["Aplicația dumneavoastră - {role}", "Rezultatul procesului de recrutare", "Răspuns {company}"],
    "ats_footer": "Acest mesaj a fost generat automat, vă rugăm să nu răspundeți. Informații despre prelucrarea datelor personale găsiți pe pagina de cariere.",
    "ack_subj": "Confirmare primire aplicație",
    "ack": ["confirmăm primirea aplicației pentru poziția de {role}. Revenim în cel mult două săptămâni.", "Am primit CV-ul tău. Dacă nu primești un răspuns în 30 de zile, înseamnă că am mers mai departe cu alți candidați; până atunci analizăm fiecare aplicație."],
    "inv_subj": "Invitație la interviu",
    "inv": "am dori să vă invităm la un interviu joi, la ora 11:00, la sediul nostru din Cluj-Napoca. Vă rugăm să confirmați.",
    "nxt_subj": "Următorul pas: test tehnic",
    "nxt": "ai trecut în etapa următoare! Îți trimitem linkul pentru testul tehnic, pe care te rugăm să-l completezi până vineri.",
    "off_subj": "Ofertă de angajare",
    "off": "ne bucurăm să vă oferim poziția de {role}. Oferta detaliată este atașată; așteptăm răspunsul până miercuri.",
    "hold_subj": "Stadiul aplicației",
    "hold": "procesul pentru {role} este încă în desfășurare, iar aplicația dumneavoastră este în analiză. Revenim până la sfârșitul lunii.",
    "nj_subj": "Cerere de închiriere apartament",
    "nj": "din păcate, proprietarul a ales alt chiriaș pentru apartamentul din strada Mihai Eminescu.",
})

LANGS.append({
    "code": "sv", "full": True,
    "readers": [("Elin", "Lindqvist"), ("Oskar", "Bergström"), ("Amira", "Haddad")],
    "senders": ["Karin Sjöberg", "Johan Ek", "Maja Nordin"],
    "companies": [("Fjällvind Energi AB", "fjallvind.example"), ("Region Norrstrand", "norrstrand.example"), ("Kvarnen Studio", "kvarnenstudio.example")],
    "roles": ["Controller", "Praktikant inom HR", "Backendutvecklare", "Undersköterska natt"],
    "hi_f": "Hej {first} {last},", "hi_i": "Hej {first}!",
    "thanks": ["Tack för din ansökan till tjänsten som {role} och för ditt intresse för {company}.", "Tack för att du tog dig tid att träffa oss förra veckan.", "Vi har nu gått igenom ansökningarna."],
    "rej": ["Tyvärr landade vi i andra sökande den här gången.",
         "Vi har bestämt oss för en kandidat vars erfarenhet bättre matchar teamets behov just nu.",
         "Tjänsten som {role} är nu tillsatt.",
         "Du går tyvärr inte vidare i rekryteringen den här gången.",
         "Rekryteringsprocessen är avslutad och vi har valt en annan sökande.",
         "Vi kommer inte att gå vidare med din ansökan.",
         "Efter noggrant övervägande har vi landat i att inte erbjuda dig tjänsten.",
         "Valet föll på en annan person."],
    "agency": "Min kund har valt att gå vidare med andra profiler, så jag kan tyvärr inte presentera dig för uppdraget.",
    "public": "Anställningsbeslut har fattats i ärendet. Den som har anställts framgår av bifogat beslut. Överklagande sker enligt anvisning.",
    "soft": ["Vi önskar dig lycka till framöver.", "Hör gärna av dig om du vill ha återkoppling.", "Vi sparar gärna ditt CV i vår kandidatbank om du godkänner det."],
    "bye_f": "Vänliga hälsningar,", "bye_i": "Ha det fint!",
    "quote": "Den {date} skrev {name} <{email}>:",
    "note": "Hej! Jag undrar hur det går med rekryteringen. Tack på förhand",
    "rsubj": ["Din ansökan: {role}", "Besked om din ansökan", "Rekrytering {company}"],
    "ats_footer": "Detta meddelande skickades automatiskt och går inte att svara på. Läs om hur vi hanterar dina personuppgifter på vår karriärsida.",
    "ack_subj": "Tack för din ansökan!",
    "ack": ["Vi har tagit emot din ansökan till {role}. Urval sker löpande och vi återkommer inom två veckor.", "Tack för din ansökan! Om du inte hört av oss inom fyra veckor efter sista ansökningsdag har vi valt andra kandidater - fram till dess läser vi alla ansökningar."],
    "inv_subj": "Inbjudan till intervju",
    "inv": "Vi vill gärna träffa dig för en intervju på torsdag kl. 14 på vårt kontor i Umeå. Passar det?",
    "nxt_subj": "Nästa steg: arbetsprov",
    "nxt": "Du går vidare till nästa steg! Vi skickar ett kort arbetsprov som vi vill ha tillbaka senast måndag.",
    "off_subj": "Erbjudande om anställning",
    "off": "Vi är glada att kunna erbjuda dig tjänsten som {role}. Anställningsavtalet bifogas, återkom gärna senast onsdag.",
    "hold_subj": "Lägesuppdatering",
    "hold": "Rekryteringen till {role} har dragit ut på tiden. Din ansökan är fortfarande aktuell och vi hör av oss före månadsskiftet.",
    "nj_subj": "Angående din bostadsansökan",
    "nj": "Tyvärr har lägenheten på Storgatan 8 gått till en annan sökande i bostadskön.",
})

LANGS.append({
    "code": "da", "full": True,
    "readers": [("Freja", "Mikkelsen"), ("Mads", "Kjærgaard"), ("Ida", "Søndergaard")],
    "senders": ["Mette Lund", "Rasmus Holm", "Sofie Bech"],
    "companies": [("Havblik Rederi A/S", "havblik.example"), ("Kommune Ribevang", "ribevang.example"), ("Tjørn Tech ApS", "tjorntech.example")],
    "roles": ["Bogholder", "Studentermedhjælper i marketing", "Frontendudvikler", "Sagsbehandler i jobcenteret"],
    "hi_f": "Kære {first} {last}", "hi_i": "Hej {first}",
    "thanks": ["Tak for din ansøgning til stillingen som {role}.", "Tak for en god samtale i sidste uge.", "Tak for din interesse for {company}."],
    "rej": ["Desværre har vi fundet andre ansøgere, der matcher opgaverne tættere.",
         "Vi har valgt en kandidat, hvis erfaring passer bedre til opgaverne.",
         "Stillingen som {role} er nu besat.",
         "Du er desværre ikke gået videre til anden samtalerunde.",
         "Ansættelsesforløbet er afsluttet, og valget er faldet på en anden.",
         "Vi går ikke videre med din ansøgning.",
         "Efter nøje overvejelse kan vi ikke tilbyde dig stillingen.",
         "Vi har besluttet at afslutte forløbet med dig her."],
    "agency": "Min kunde har valgt at fortsætte med andre kandidater, så jeg kan desværre ikke præsentere dig for stillingen.",
    "public": "Ansættelsesudvalget har nu afsluttet rekrutteringen, og vi skal hermed meddele, at du ikke er blevet tilbudt stillingen. Din ansøgning slettes efter seks måneder.",
    "soft": ["Vi ønsker dig held og lykke fremover.", "Du er velkommen til at ringe, hvis du ønsker feedback.", "Vi gemmer gerne din ansøgning, hvis du giver samtykke."],
    "bye_f": "Med venlig hilsen", "bye_i": "Hilsen",
    "quote": "Den {date} skrev {name} <{email}>:",
    "note": "Hej, jeg vil bare høre, om der er nyt angående min ansøgning. Mvh",
    "rsubj": ["Din ansøgning: {role}", "Svar på din ansøgning", "Vedr. stillingen hos {company}"],
    "ats_footer": "Denne e-mail er sendt automatisk og kan ikke besvares. Læs om behandling af dine personoplysninger på vores karriereside.",
    "ack_subj": "Kvittering for din ansøgning",
    "ack": ["Vi har modtaget din ansøgning til {role} og vender tilbage efter ansøgningsfristen.", "Tak for din ansøgning! Hvis du ikke har hørt fra os inden fire uger, har vi valgt at gå videre med andre - indtil da gennemgår vi alle ansøgninger grundigt."],
    "inv_subj": "Invitation til samtale",
    "inv": "Vi vil gerne invitere dig til en samtale onsdag kl. 10 på vores kontor i Aarhus. Giv gerne besked, om tidspunktet passer.",
    "nxt_subj": "Næste skridt: test",
    "nxt": "Du er gået videre! Næste skridt er en personprofiltest, som vi beder dig udfylde inden fredag.",
    "off_subj": "Tilbud om ansættelse",
    "off": "Vi er glade for at kunne tilbyde dig stillingen som {role}. Kontrakten er vedhæftet; giv os svar senest tirsdag.",
    "hold_subj": "Status på rekrutteringen",
    "hold": "Rekrutteringen til {role} tager lidt længere tid end forventet. Din ansøgning er stadig i spil, og du hører fra os inden udgangen af måneden.",
    "nj_subj": "Svar på låneansøgning",
    "nj": "Vi kan desværre ikke imødekomme din ansøgning om billån på nuværende tidspunkt.",
})

LANGS.append({
    "code": "no", "full": True,
    "readers": [("Ingrid", "Haugen"), ("Sindre", "Bakke"), ("Thea", "Solheim")],
    "senders": ["Kari Moen", "Eirik Dahl", "Hanne Nygård"],
    "companies": [("Nordlys Havbruk AS", "nordlyshavbruk.example"), ("Vestfjord kommune", "vestfjord.example"), ("Bølge Digital AS", "bolgedigital.example")],
    "roles": ["Regnskapsmedarbeider", "Sommerstudent IT", "Prosjektingeniør", "Rådgiver plan og bygg"],
    "hi_f": "Hei {first} {last},", "hi_i": "Hei {first}!",
    "thanks": ["Takk for din søknad på stillingen som {role}.", "Takk for at du tok deg tid til intervju forrige uke.", "Takk for interessen for {company}."],
    "rej": ["Dessverre falt valget på andre søkere denne gangen.",
         "Vi har valgt en kandidat som har erfaring som passer bedre til stillingen.",
         "Stillingen som {role} er nå besatt.",
         "Du er dessverre ikke blant dem som går videre i prosessen.",
         "Rekrutteringsprosessen er avsluttet, og valget falt på en annen søker.",
         "Vi går ikke videre med søknaden din.",
         "Etter en helhetsvurdering kan vi ikke tilby deg stillingen.",
         "Vi har bestemt oss for å avslutte prosessen med deg."],
    "agency": "Kunden min har valgt å gå videre med andre profiler, så jeg kan ikke presentere deg for denne stillingen.",
    "public": "Tilsettingsrådet møttes i går. Du står ikke på innstillingen, og stillingen går til en annen kandidat.",
    "soft": ["Lykke til videre!", "Ta gjerne kontakt om du ønsker tilbakemelding.", "Vi lagrer gjerne CV-en din til senere stillinger om du samtykker."],
    "bye_f": "Med vennlig hilsen", "bye_i": "Hilsen",
    "quote": "{date} skrev {name} <{email}>:",
    "note": "Hei, jeg lurte på om det er noe nytt om søknaden min. Mvh",
    "rsubj": ["Din søknad: {role}", "Svar på søknad", "Rekruttering hos {company}"],
    "ats_footer": "Denne e-posten er sendt automatisk og kan ikke besvares. Se personvernerklæringen på karrieresiden.",
    "ack_subj": "Bekreftelse på mottatt søknad",
    "ack": ["Vi har mottatt søknaden din på {role}. Intervjuer gjennomføres etter søknadsfristen.", "Takk for søknaden! Hører du ikke fra oss innen tre uker etter fristen, har vi gått videre med andre - men frem til da vurderer vi alle søkere."],
    "inv_subj": "Invitasjon til intervju",
    "inv": "Vi vil gjerne invitere deg til intervju fredag kl. 11 på kontoret vårt i Bodø. Passer det?",
    "nxt_subj": "Neste steg: case",
    "nxt": "Du går videre! Neste steg er en liten case som vi ber deg sende inn innen onsdag.",
    "off_subj": "Tilbud om stilling",
    "off": "Vi har gleden av å tilby deg stillingen som {role}. Arbeidsavtalen ligger vedlagt - gi oss svar innen mandag.",
    "hold_subj": "Status i rekrutteringen",
    "hold": "Prosessen for {role} tar litt lengre tid enn planlagt. Søknaden din er fortsatt aktuell, og du hører fra oss i løpet av neste uke.",
    "nj_subj": "Søknad om leilighet",
    "nj": "Utleier har dessverre valgt en annen leietaker for leiligheten i Kongens gate.",
})

LANGS.append({
    "code": "fi", "full": True,
    "readers": [("Aino", "Virtanen"), ("Eetu", "Heikkinen"), ("Siiri", "Mäkelä")],
    "senders": ["Johanna Laine", "Mikko Koskinen", "Riikka Salonen"],
    "companies": [("Kuusamo Koneistus Oy", "kuusamokoneistus.example"), ("Järvenrannan kaupunki", "jarvenranta.example"), ("Revontuli Labs Oy", "revontulilabs.example")],
    "roles": ["Taloushallinnon assistentti", "Kesäharjoittelija", "Ohjelmistokehittäjä", "Sosiaaliohjaaja"],
    "hi_f": "Hei {first} {last},", "hi_i": "Moi {first}!",
    "thanks": ["Kiitos hakemuksestasi {role}-tehtävään.", "Kiitos, että ehdit haastatteluun viime viikolla.", "Kiitos kiinnostuksestasi {company}:tä kohtaan."],
    "rej": ["Valitettavasti emme voi tällä kertaa jatkaa rekrytointiprosessia kanssasi.",
         "Valitsimme tehtävään henkilön, jonka kokemus vastaa paremmin tiimin tarpeita.",
         "Tehtävä on nyt täytetty.",
         "Et tällä kertaa edennyt haastatteluvaiheeseen.",
         "Rekrytointi on päättynyt, ja tehtävään valittiin toinen hakija.",
         "Emme etene hakemuksesi kanssa.",
         "Harkinnan jälkeen päädyimme muihin hakijoihin.",
         "Emme valitettavasti pysty tarjoamaan sinulle tätä paikkaa."],
    "agency": "Asiakkaani päätti jatkaa muiden ehdokkaiden kanssa, joten en voi esitellä sinua tähän tehtävään.",
    "public": "Viranhaltijapäätöksellä tehtävään on otettu toinen henkilö. Päätös ja oikaisuvaatimusohje ovat liitteenä.",
    "soft": ["Toivotamme sinulle onnea jatkoon.", "Voit pyytää palautetta vastaamalla tähän viestiin.", "Säilytämme hakemuksesi luvallasi tulevia tehtäviä varten."],
    "bye_f": "Ystävällisin terveisin", "bye_i": "Terkuin",
    "quote": "{name} <{email}> kirjoitti {date}:",
    "note": "Hei, haluaisin kysyä, onko hakemukseni käsittelyssä tapahtunut edistystä. Kiitos",
    "rsubj": ["Hakemuksesi: {role}", "Tietoa rekrytoinnista", "{company} - rekrytoinnin tilanne"],
    "ats_footer": "Tämä viesti on lähetetty automaattisesti, eikä siihen voi vastata. Tietosuojaseloste löytyy urasivuiltamme.",
    "ack_subj": "Kiitos hakemuksestasi",
    "ack": ["Olemme vastaanottaneet hakemuksesi tehtävään {role}. Haastattelut alkavat hakuajan päätyttyä.", "Hakemuksesi on vastaanotettu. Jos et kuule meistä kolmen viikon kuluessa, tehtävään on valittu muita - siihen asti kaikki hakemukset ovat arvioitavana."],
    "inv_subj": "Kutsu haastatteluun",
    "inv": "Haluaisimme kutsua sinut haastatteluun tiistaina klo 13 toimistollemme Tampereelle. Sopiiko aika?",
    "nxt_subj": "Seuraava vaihe: soveltuvuusarviointi",
    "nxt": "Olet edennyt seuraavaan vaiheeseen! Pyydämme sinua tekemään soveltuvuusarvioinnin perjantaihin mennessä.",
    "off_subj": "Työtarjous",
    "off": "Meillä on ilo tarjota sinulle {role}-tehtävää. Työsopimusluonnos on liitteenä; kerrothan päätöksesi keskiviikkoon mennessä.",
    "hold_subj": "Rekrytoinnin tilanne",
    "hold": "Rekrytointi tehtävään {role} on vielä kesken ja hakemuksesi on edelleen mukana. Palaamme asiaan kuun loppuun mennessä.",
    "nj_subj": "Vuokra-asuntohakemus",
    "nj": "Valitettavasti asunto osoitteessa Puistokatu 5 on vuokrattu toiselle hakijalle.",
})

LANGS.append({
    "code": "el", "full": True,
    "readers": [("Ελένη", "Παπαδοπούλου"), ("Γιώργος", "Κωνσταντίνου"), ("Δήμητρα", "Αλεξίου")],
    "senders": ["Μαρία Νικολάου", "Νίκος Βασιλείου", "Κατερίνα Δημητρίου"],
    "companies": [("Αιγαίο Logistics Α.Ε.", "aigaio-logistics.example"), ("Δήμος Καλαμαριάς Νέας", "dimos-kalnea.example"), ("Ελιά Software", "eliasoft.example")],
    "roles": ["Λογιστής/τρια", "Πρακτική άσκηση στο Marketing", "Μηχανικός Λογισμικού", "Υπάλληλος Εξυπηρέτησης Πελατών"],
    "hi_f": "Αγαπητέ/ή κύριε/κυρία {last},", "hi_i": "Γεια σου {first},",
    "thanks": ["σας ευχαριστούμε για το ενδιαφέρον σας για τη θέση {role}.", "ευχαριστούμε για τον χρόνο που μας διέθεσες στη συνέντευξη.", "σας ευχαριστούμε για τη συμμετοχή σας στη διαδικασία επιλογής της {company}."],
    "rej": ["Δυστυχώς, θα πρέπει να σας ενημερώσουμε ότι η αίτησή σας δεν θα προχωρήσει στο επόμενο στάδιο.",
         "Επιλέξαμε έναν υποψήφιο του οποίου η εμπειρία ταιριάζει περισσότερο στις ανάγκες της ομάδας.",
         "Η θέση {role} έχει ήδη καλυφθεί.",
         "Λυπούμαστε που σας ενημερώνουμε ότι δεν επιλεχθήκατε.",
         "Η διαδικασία επιλογής ολοκληρώθηκε και η επιλογή μας έπεσε σε άλλο άτομο.",
         "Αποφασίσαμε να μην συνεχίσουμε τη διαδικασία μαζί σου.",
         "Αυτή τη φορά δεν περνάς στον επόμενο γύρο.",
         "Δεν είμαστε σε θέση να σας προσφέρουμε τη θέση."],
    "agency": "Ο πελάτης μου αποφάσισε να προχωρήσει με άλλους υποψηφίους, οπότε δεν μπορώ να σε προτείνω για αυτή τη θέση.",
    "public": "Σας γνωστοποιούμε ότι, σύμφωνα με τους οριστικούς πίνακες κατάταξης, δεν συγκαταλέγεστε στους επιτυχόντες της προκήρυξης.",
    "soft": ["Σας ευχόμαστε καλή επιτυχία στην επαγγελματική σας πορεία.", "Με τη συγκατάθεσή σας θα κρατήσουμε το βιογραφικό σας για μελλοντικές θέσεις.", "Καλή συνέχεια!"],
    "bye_f": "Με εκτίμηση,", "bye_i": "Φιλικά,",
    "quote": "Στις {date}, ο/η {name} <{email}> έγραψε:",
    "note": "Καλημέρα σας, θα ήθελα να ρωτήσω αν υπάρχει κάποια εξέλιξη σχετικά με την αίτησή μου. Ευχαριστώ",
    "rsubj": ["Η αίτησή σας για τη θέση {role}", "Ενημέρωση για την αίτησή σας", "{company} - αποτέλεσμα επιλογής"],
    "ats_footer": "Το μήνυμα αυτό δημιουργήθηκε αυτόματα. Παρακαλούμε μην απαντάτε. Για την επεξεργασία των προσωπικών σας δεδομένων δείτε την πολιτική απορρήτου.",
    "ack_subj": "Επιβεβαίωση παραλαβής αίτησης",
    "ack": ["επιβεβαιώνουμε ότι λάβαμε την αίτησή σας για τη θέση {role}. Θα επικοινωνήσουμε μαζί σας εντός δύο εβδομάδων.", "λάβαμε το βιογραφικό σου. Αν δεν έχεις νέα μας μέσα σε έναν μήνα, σημαίνει ότι προχωρήσαμε με άλλους υποψηφίους - μέχρι τότε εξετάζουμε κάθε αίτηση."],
    "inv_subj": "Πρόσκληση σε συνέντευξη",
    "inv": "θα θέλαμε να σας προσκαλέσουμε σε συνέντευξη την Πέμπτη στις 12:00 στα γραφεία μας στη Θεσσαλονίκη. Παρακαλούμε επιβεβαιώστε.",
    "nxt_subj": "Επόμενο βήμα: τεχνική άσκηση",
    "nxt": "περνάς στο επόμενο στάδιο! Σου στέλνουμε μια σύντομη τεχνική άσκηση, την οποία θα χρειαστούμε πίσω έως την Παρασκευή.",
    "off_subj": "Πρόταση εργασίας",
    "off": "με χαρά σας προσφέρουμε τη θέση {role}. Επισυνάπτουμε τη σύμβαση και περιμένουμε την απάντησή σας έως την Τετάρτη.",
    "hold_subj": "Κατάσταση αίτησης",
    "hold": "η διαδικασία για τη θέση {role} βρίσκεται ακόμη σε εξέλιξη και η αίτησή σας εξετάζεται. Θα επανέλθουμε έως το τέλος του μήνα.",
    "nj_subj": "Αίτηση δανείου",
    "nj": "σας ενημερώνουμε ότι η αίτησή σας για καταναλωτικό δάνειο δεν εγκρίθηκε.",
})

LANGS.append({
    "code": "tr", "full": True,
    "readers": [("Elif", "Yıldız"), ("Emre", "Demir"), ("Zeynep", "Aksoy")],
    "senders": ["Selin Kaya", "Burak Öztürk", "Gizem Arslan"],
    "companies": [("Anadolu Makine A.Ş.", "anadolumakine.example"), ("Boğaziçi Yazılım", "bogaziciyazilim.example"), ("Kuzey Ege Lojistik", "kuzeyege.example")],
    "roles": ["Muhasebe Uzmanı", "Stajyer - İnsan Kaynakları", "Yazılım Geliştirici", "Satış Temsilcisi"],
    "hi_f": "Sayın {first} {last},", "hi_i": "Merhaba {first},",
    "thanks": ["{role} pozisyonu için yaptığınız başvuru ve şirketimize gösterdiğiniz ilgi için teşekkür ederiz.", "Geçen haftaki görüşmede bize ayırdığın zaman için teşekkürler.", "{company} işe alım sürecine katıldığınız için teşekkür ederiz."],
    "rej": ["Maalesef başvurunuzu bu aşamada olumlu değerlendiremedik.",
         "Pozisyonun gereksinimlerine daha uygun bir adayla ilerlemeye karar verdik.",
         "{role} pozisyonu doldurulmuştur.",
         "Üzülerek bildiririz ki başvurunuz bir sonraki aşamaya geçmemiştir.",
         "Değerlendirme süreci tamamlandı ve başka bir aday tercih edildi.",
         "Bu sefer süreci seninle devam ettirmeyeceğiz.",
         "Sizinle süreci sonlandırma kararı aldık.",
         "Bu pozisyon için size teklif sunamıyoruz."],
    "agency": "Müşterim diğer adaylarla devam etmeye karar verdi, bu nedenle seni bu pozisyon için önermeye devam edemeyeceğim.",
    "public": "Yapılan sözlü sınav sonucunda, ilan edilen kadro için asil veya yedek aday listesinde yer almadığınızı bildiririz.",
    "soft": ["Kariyerinizde başarılar dileriz.", "Onay vermeniz halinde özgeçmişinizi aday havuzumuzda saklayacağız.", "Bol şans!"],
    "bye_f": "Saygılarımızla,", "bye_i": "Sevgiler,",
    "quote": "{date} tarihinde {name} <{email}> şunu yazdı:",
    "note": "Merhaba, başvurumla ilgili bir gelişme olup olmadığını sormak istedim. Teşekkürler",
    "rsubj": ["{role} başvurunuz hakkında", "Başvuru sonucu", "{company} - başvuru değerlendirmesi"],
    "ats_footer": "Bu e-posta otomatik olarak gönderilmiştir, lütfen yanıtlamayınız. KVKK kapsamındaki aydınlatma metnine kariyer sayfamızdan ulaşabilirsiniz.",
    "ack_subj": "Başvurunuz alındı",
    "ack": ["{role} pozisyonu için başvurunuz tarafımıza ulaşmıştır. En kısa sürede dönüş yapacağız.", "Başvurun için teşekkürler! 30 gün içinde sana dönüş yapmazsak başka adaylarla ilerlemişiz demektir; o zamana kadar tüm başvuruları inceliyoruz."],
    "inv_subj": "Mülakat daveti",
    "inv": "Sizi Çarşamba günü saat 14:00'te İstanbul ofisimizde yapılacak bir görüşmeye davet etmek isteriz. Uygunluğunuzu teyit eder misiniz?",
    "nxt_subj": "Bir sonraki adım: teknik test",
    "nxt": "Bir sonraki aşamaya geçtin! Cuma gününe kadar tamamlaman gereken online teknik testin bağlantısı aşağıda.",
    "off_subj": "İş teklifi",
    "off": "{role} pozisyonu için size iş teklifimizi sunmaktan memnuniyet duyarız. Teklif mektubu ektedir; Pazartesi'ye kadar dönüşünüzü bekliyoruz.",
    "hold_subj": "Başvurunuzun durumu",
    "hold": "{role} pozisyonu için süreç hâlâ devam ediyor ve başvurunuz değerlendirmede. Ay sonuna kadar size döneceğiz.",
    "nj_subj": "Kredi başvurunuz hakkında",
    "nj": "İhtiyaç kredisi başvurunuz bankamız kredi politikaları çerçevesinde olumsuz sonuçlanmıştır.",
})

LANGS.append({
    "code": "ja", "full": True,
    "readers": [("美咲", "佐藤"), ("翔太", "高橋"), ("由衣", "中村")],
    "senders": ["山本 直子", "伊藤 健一", "小林 真理"],
    "companies": [("株式会社ミナトテック", "minatotech.example"), ("さくら精機株式会社", "sakuraseiki.example"), ("合同会社ハルカゼ", "harukaze.example")],
    "roles": ["経理スタッフ", "Webエンジニア（中途）", "夏季インターンシップ", "営業企画職"],
    "hi_f": "{last} {first} 様", "hi_i": "{last}さん",
    "thanks": ["この度は、弊社{role}の求人にご応募いただき、誠にありがとうございました。", "先日はお忙しい中、面接にお越しいただきありがとうございました。", "{company}の採用選考にご参加いただき、心より御礼申し上げます。"],
    "rej": ["慎重に選考を重ねました結果、誠に残念ながら今回はご期待に沿えない結果となりました。",
         "厳正なる選考の結果、貴意に沿いかねることとなりました。",
         "今回は、より募集要件に近い経験をお持ちの方を採用させていただくことになりました。",
         "{role}のポジションは、すでに採用者が決定いたしました。",
         "残念ながら、次の選考へのご案内は見送らせていただくこととなりました。",
         "今回は採用を見送らせていただくことになりました。",
         "誠に恐縮ではございますが、今回はご縁がなかったということでご了承ください。",
         "本選考は終了し、別の方にお願いすることとなりました。"],
    "agency": "クライアント企業様より、今回は他の候補者の方で進めるとのご連絡がありましたので、本ポジションへのご推薦はここまでとさせていただきます。",
    "public": "選考の結果、令和8年度任期付職員採用試験において、貴殿は不合格となりましたので通知します。",
    "soft": ["末筆ながら、{last}様の今後のご活躍を心よりお祈り申し上げます。", "なお、応募書類は弊社にて責任を持って破棄いたします。", "また別のポジションでご縁があれば嬉しいです。"],
    "bye_f": "今後ともよろしくお願い申し上げます。", "bye_i": "よろしくお願いします。",
    "quote": "{date} {name} <{email}>:",
    "note": "お世話になっております。選考状況についてお伺いしたくご連絡いたしました。何卒よろしくお願いいたします。",
    "rsubj": ["選考結果のご連絡", "【{company}】選考結果について", "{role}ご応募の件"],
    "ats_footer": "※本メールは送信専用アドレスから自動送信されています。ご返信いただいてもお答えできませんのでご了承ください。",
    "ack_subj": "ご応募ありがとうございます",
    "ack": ["{role}へのご応募を受け付けました。書類選考の結果は、1週間以内にご連絡いたします。", "ご応募いただきありがとうございます。書類選考を通過された方にのみ2週間以内にご連絡いたします。期間内に連絡がない場合は不採用とご理解ください。現在、すべての応募書類を確認しております。"],
    "inv_subj": "一次面接のご案内",
    "inv": "書類選考の結果、ぜひ一次面接にお越しいただきたくご連絡いたしました。来週水曜日の14時はいかがでしょうか。",
    "nxt_subj": "適性検査受検のお願い",
    "nxt": "次の選考ステップとして、適性検査（Web）を金曜日までにご受検いただけますようお願いいたします。",
    "off_subj": "内定のご連絡",
    "off": "選考の結果、{last}様を{role}として採用させていただくことが決定いたしました。内定通知書を郵送いたしますのでご確認ください。",
    "hold_subj": "選考状況のご連絡",
    "hold": "現在、{role}の選考に想定以上のお時間をいただいております。{last}様の選考は継続中ですので、今しばらくお待ちいただけますと幸いです。",
    "nj_subj": "入居審査結果のお知らせ",
    "nj": "誠に残念ながら、今回お申込みいただいた物件の入居審査は承認されませんでした。",
})

LANGS.append({
    "code": "ko", "full": True, "qdate": "{y}년 {m}월 {d}일 {H}:{M}",
    "readers": [("지은", "김"), ("민준", "이"), ("서연", "박")],
    "senders": ["정수진", "최현우", "한예린"],
    "companies": [("(주)한빛모빌리티", "hanbitmobility.example"), ("누리소프트", "nurisoft.example"), ("서해물산 주식회사", "seohae.example")],
    "roles": ["재무회계 담당자", "백엔드 개발자", "하계 인턴", "마케팅 매니저"],
    "hi_f": "{last}{first} 님께", "hi_i": "{first} 님, 안녕하세요.",
    "thanks": ["먼저 {company} {role} 채용에 지원해 주셔서 진심으로 감사드립니다.", "지난주 면접에 시간 내어 참석해 주셔서 감사합니다.", "귀하께서 보여주신 관심에 깊이 감사드립니다."],
    "rej": ["신중한 검토 끝에 아쉽게도 이번 채용에서는 귀하를 모시지 못하게 되었습니다.",
         "안타깝게도 이번에는 다음 전형으로 안내해 드리기 어렵게 되었습니다.",
         "포지션에 요구되는 경험에 더 부합하는 다른 지원자와 함께하기로 결정했습니다.",
         "{role} 포지션은 채용이 완료되었습니다.",
         "아쉽지만 이번 전형 결과 불합격 처리되었음을 알려드립니다.",
         "이번 채용 절차는 종료되었으며, 다른 분을 최종 선발하였습니다.",
         "귀하의 역량은 훌륭하나, 이번 포지션과는 방향이 맞지 않아 더 이상 진행하지 않기로 했습니다.",
         "이번에는 좋은 소식을 전해 드리지 못하게 되었습니다."],
    "agency": "고객사에서 다른 후보자와 진행하기로 결정하여, 이번 포지션에는 더 이상 추천드리기 어렵게 되었습니다.",
    "public": "귀하께서는 2026년도 제2회 공무직 근로자 채용 서류전형 결과 불합격하였음을 통지합니다.",
    "soft": ["앞으로 귀하의 앞날에 좋은 일만 가득하시길 바랍니다.", "제출하신 서류는 개인정보 보호법에 따라 파기됩니다.", "다음에 더 좋은 기회로 뵙기를 바랍니다."],
    "bye_f": "감사합니다.", "bye_i": "고맙습니다!",
    "quote": "{date}, {name} <{email}>님이 작성:",
    "note": "안녕하세요, 지원 결과 관련하여 진행 상황을 여쭙고자 연락드립니다. 감사합니다.",
    "rsubj": ["[{company}] 서류전형 결과 안내", "{role} 지원 결과 안내", "채용 전형 결과 안내드립니다"],
    "ats_footer": "본 메일은 발신 전용입니다. 문의 사항은 채용 홈페이지를 이용해 주세요.",
    "ack_subj": "지원서 접수 완료 안내",
    "ack": ["{role} 포지션에 대한 지원서가 정상적으로 접수되었습니다. 서류 검토 후 2주 이내에 연락드리겠습니다.", "지원해 주셔서 감사합니다. 서류 합격자에 한해 개별 연락을 드리며, 3주 내 연락이 없으면 아쉽게도 함께하지 못하게 된 것으로 이해해 주세요. 현재 모든 지원서를 검토 중입니다."],
    "inv_subj": "1차 면접 안내",
    "inv": "서류전형에 합격하셨음을 축하드립니다. 1차 면접은 다음 주 목요일 오후 2시에 본사에서 진행됩니다. 참석 가능 여부를 회신 부탁드립니다.",
    "nxt_subj": "코딩 테스트 안내",
    "nxt": "다음 전형으로 코딩 테스트가 진행됩니다. 아래 링크를 통해 금요일까지 응시해 주시기 바랍니다.",
    "off_subj": "최종 합격 안내",
    "off": "{role} 포지션에 최종 합격하셨음을 진심으로 축하드립니다. 처우 협의를 위해 이번 주 중 연락드리겠습니다.",
    "hold_subj": "전형 일정 지연 안내",
    "hold": "내부 사정으로 {role} 전형 일정이 다소 지연되고 있습니다. 귀하의 지원서는 계속 검토 중이며, 이달 말까지 결과를 안내드리겠습니다.",
    "nj_subj": "대출 심사 결과 안내",
    "nj": "고객님께서 신청하신 신용대출은 내부 심사 기준에 따라 승인이 어려운 점 양해 부탁드립니다.",
})

LANGS.append({
    "code": "zh-Hans", "full": False, "qdate": "{y}年{m}月{d}日 {H}:{M}",
    "readers": [("雨桐", "王"), ("浩然", "刘")],
    "senders": ["陈静", "张伟"],
    "companies": [("杭州云舟科技有限公司", "yunzhoutech.example"), ("华川物流集团", "huachuan.example")],
    "roles": ["财务专员", "Java开发工程师", "暑期实习生（市场部）"],
    "hi_f": "尊敬的{last}{first}：", "hi_i": "{first}，你好！",
    "thanks": ["感谢您对{company}的关注，以及对{role}岗位的申请。", "谢谢你上周抽时间来参加面试。"],
    "rej": ["经过慎重考虑，很遗憾地通知您，您暂未通过本次筛选。",
         "我们最终选择了一位经验与岗位要求更匹配的候选人。",
         "{role}岗位目前已招满。",
         "本次招聘流程已结束，您未能进入下一轮。",
         "很抱歉，我们决定不再推进你的申请。",
         "综合评估后，我们无法为您提供该职位。"],
    "agency": "客户方决定与其他候选人继续推进，因此这个职位我这边就不再推荐你了。",
    "public": "经资格复审，您未进入本次公开招聘面试名单，特此告知。",
    "soft": ["您的简历将保存在我们的人才库中，如有合适机会会再联系您。", "祝您求职顺利，前程似锦！"],
    "bye_f": "此致\n敬礼", "bye_i": "祝好",
    "quote": "在 {date}，{name} <{email}> 写道：",
    "note": "您好，想了解一下我的申请目前的进展，谢谢！",
    "rsubj": ["{company}面试结果通知", "关于您应聘{role}的反馈", "招聘结果通知"],
    "ats_footer": "本邮件由系统自动发送，请勿直接回复。",
    "ack_subj": "简历投递成功",
    "ack": ["您已成功投递{role}岗位。我们将在10个工作日内完成简历筛选；如未收到通知，说明暂未匹配，但目前所有简历仍在评估中。"],
    "inv_subj": "面试邀请",
    "inv": "恭喜您通过简历筛选！诚邀您于下周二上午10点参加视频面试，请回复确认是否方便。",
    "off_subj": "录用通知",
    "off": "很高兴通知您，您已被录用为{role}。正式offer请见附件，请于周五前回复确认。",
    "nj_subj": "租房申请结果",
    "nj": "很抱歉，房东已选择其他租客，您申请的滨江路公寓暂无法出租给您。",
})

LANGS.append({
    "code": "zh-Hant", "full": False, "qdate": "{y}年{m}月{d}日 {H}:{M}",
    "readers": [("怡君", "林"), ("冠宇", "黃")],
    "senders": ["吳佩珊", "蔡承翰"],
    "companies": [("台灣晨曦電子股份有限公司", "chenxi-tw.example"), ("港灣設計有限公司", "harbourdesign-hk.example")],
    "roles": ["會計助理", "前端工程師", "暑期實習生"],
    "hi_f": "{last}{first} 您好：", "hi_i": "Hi {first}，",
    "thanks": ["感謝您應徵本公司{role}職缺，並撥冗參與面試。", "謝謝你對{company}的興趣。"],
    "rej": ["經審慎評估後，很遺憾通知您，此次未能錄取。",
         "我們已決定錄用另一位與職缺需求更相符的人選。",
         "{role}職缺已經補足。",
         "很抱歉，這次無法安排您進入下一階段面試。",
         "本次甄選已經結束，您的履歷將不再進行後續流程。",
         "我們這次不會繼續你的應徵流程。"],
    "agency": "客戶端已決定與其他候選人進行，因此這個職位我這邊無法再幫你推薦。",
    "public": "依甄選委員會決議，台端未獲錄取，特此通知。",
    "soft": ["您的履歷將保留於本公司人才資料庫。", "祝您求職順利、一切平安。"],
    "bye_f": "敬祝 順心", "bye_i": "祝順利",
    "quote": "{name} <{email}> 於 {date} 寫道：",
    "note": "您好，想請問我的應徵結果是否已有消息？謝謝。",
    "rsubj": ["應徵結果通知", "{company} 面試結果", "關於{role}職缺"],
    "ats_footer": "此為系統自動發送郵件，請勿直接回覆。",
    "ack_subj": "履歷已收到",
    "ack": ["我們已收到您應徵{role}的履歷。若兩週內未接到通知，代表暫無合適機會；目前所有履歷仍在審閱中。"],
    "nxt_subj": "下一階段：線上測驗",
    "nxt": "恭喜進入下一階段！請於本週五前完成線上專業測驗，連結如下。",
    "hold_subj": "甄選進度說明",
    "hold": "{role}職缺的甄選流程仍在進行中，您的資料持續審閱中，預計月底前通知結果。",
    "nj_subj": "貸款申請結果",
    "nj": "很抱歉，您申請的信用貸款未通過本行審核。",
})

LANGS.append({
    "code": "id", "full": True,
    "readers": [("Putri", "Rahmawati"), ("Rizky", "Pratama"), ("Dewi", "Lestari")],
    "senders": ["Siti Nurhaliza", "Andi Wijaya", "Maya Kusuma"],
    "companies": [("PT Samudra Jaya Logistik", "samudrajaya.example"), ("PT Kopi Nusantara Digital", "kopinusantara.example"), ("Bank Pertiwi Syariah", "pertiwisyariah.example")],
    "roles": ["Staf Akuntansi", "Magang Pemasaran Digital", "Backend Engineer", "Management Trainee"],
    "hi_f": "Yth. Bapak/Ibu {first} {last},", "hi_i": "Halo {first},",
    "thanks": ["Terima kasih atas lamaran Anda untuk posisi {role} di {company}.", "Terima kasih sudah meluangkan waktu untuk wawancara minggu lalu.", "Kami menghargai minat Anda untuk bergabung bersama kami."],
    "rej": ["Dengan berat hati, kami informasikan bahwa Anda tidak melanjutkan ke tahap wawancara user.",
         "Kami telah memilih kandidat lain yang pengalamannya lebih sesuai dengan kebutuhan tim.",
         "Posisi {role} sudah terisi.",
         "Mohon maaf, lamaran Anda tidak dapat kami proses lebih lanjut.",
         "Proses rekrutmen telah selesai dan kami memutuskan untuk melanjutkan dengan kandidat lain.",
         "Kali ini kamu belum berhasil melanjutkan proses seleksi.",
         "Setelah pertimbangan matang, kami tidak dapat menawarkan posisi ini kepada Anda.",
         "Kami memutuskan untuk tidak melanjutkan proses dengan Anda."],
    "agency": "Klien saya memutuskan untuk lanjut dengan kandidat lain, jadi saya tidak bisa mengajukan profil kamu untuk posisi ini.",
    "public": "Berdasarkan hasil seleksi administrasi, Saudara dinyatakan TIDAK MEMENUHI SYARAT untuk mengikuti tahap selanjutnya.",
    "soft": ["Semoga sukses dalam perjalanan karier Anda.", "Data Anda akan kami simpan untuk kesempatan di masa mendatang.", "Tetap semangat ya!"],
    "bye_f": "Hormat kami,", "bye_i": "Salam,",
    "quote": "Pada {date}, {name} <{email}> menulis:",
    "note": "Selamat siang, saya ingin menanyakan perkembangan lamaran saya. Terima kasih",
    "rsubj": ["Hasil seleksi {role}", "Informasi lamaran Anda", "{company} - pemberitahuan hasil rekrutmen"],
    "ats_footer": "Email ini dikirim secara otomatis, mohon tidak membalas email ini. Kebijakan privasi tersedia di portal karier kami.",
    "ack_subj": "Lamaran Anda telah kami terima",
    "ack": ["Lamaran Anda untuk posisi {role} telah kami terima dan sedang dalam proses peninjauan.", "Terima kasih sudah melamar! Hanya kandidat yang lolos seleksi berkas yang akan dihubungi; jika dalam 3 minggu tidak ada kabar, berarti kami belum dapat melanjutkan - namun saat ini semua lamaran masih kami tinjau."],
    "inv_subj": "Undangan wawancara",
    "inv": "Kami mengundang Anda untuk mengikuti wawancara pada hari Kamis pukul 10.00 WIB di kantor kami di Jakarta Selatan. Mohon konfirmasi kehadiran.",
    "nxt_subj": "Tahap selanjutnya: psikotes online",
    "nxt": "Selamat, kamu lolos ke tahap berikutnya! Silakan kerjakan psikotes online paling lambat hari Jumat melalui tautan di bawah.",
    "off_subj": "Surat penawaran kerja",
    "off": "Dengan senang hati kami menawarkan posisi {role} kepada Anda. Surat penawaran terlampir; mohon konfirmasi sebelum hari Senin.",
    "hold_subj": "Status lamaran Anda",
    "hold": "Proses rekrutmen untuk {role} masih berlangsung dan lamaran Anda masih dalam peninjauan. Kami akan menghubungi Anda paling lambat akhir bulan.",
    "nj_subj": "Hasil pengajuan KPR",
    "nj": "Mohon maaf, pengajuan KPR Anda belum dapat kami setujui berdasarkan hasil analisis kredit.",
})

LANGS.append({
    "code": "vi", "full": True,
    "readers": [("Thảo", "Nguyễn Phương"), ("Minh", "Trần Quang"), ("Linh", "Lê Khánh")],
    "senders": ["Phạm Thu Hà", "Đỗ Văn Hùng", "Vũ Ngọc Anh"],
    "companies": [("Công ty TNHH Sao Biển", "saobien.example"), ("Công ty Cổ phần Phần mềm Lúa Vàng", "luavang.example"), ("Ngân hàng TMCP Hồng Hà", "honghabank.example")],
    "roles": ["Nhân viên kế toán", "Thực tập sinh Marketing", "Lập trình viên Backend", "Chuyên viên nhân sự"],
    "hi_f": "Kính gửi Anh/Chị {last} {first},", "hi_i": "Chào {first},",
    "thanks": ["Cảm ơn Anh/Chị đã quan tâm và ứng tuyển vị trí {role} tại {company}.", "Cảm ơn bạn đã dành thời gian tham gia buổi phỏng vấn tuần trước.", "Chúng tôi trân trọng sự quan tâm của Anh/Chị."],
    "rej": ["Rất tiếc, hồ sơ của Anh/Chị chưa phù hợp với yêu cầu của vị trí lần này.",
         "Chúng tôi đã lựa chọn một ứng viên khác có kinh nghiệm sát hơn với nhu cầu của đội ngũ.",
         "Vị trí {role} đã tuyển đủ người.",
         "Chúng tôi xin thông báo Anh/Chị không được chọn vào vòng tiếp theo.",
         "Quá trình tuyển dụng đã kết thúc và công ty đã chọn người khác.",
         "Lần này bạn chưa vượt qua vòng phỏng vấn.",
         "Sau khi cân nhắc kỹ, chúng tôi quyết định không tiếp tục quy trình với Anh/Chị.",
         "Chúng tôi không thể đưa ra lời mời làm việc cho Anh/Chị ở vị trí này."],
    "agency": "Khách hàng của mình đã quyết định tiếp tục với ứng viên khác, nên mình không thể giới thiệu bạn cho vị trí này nữa.",
    "public": "Căn cứ kết quả xét tuyển viên chức, Anh/Chị không trúng tuyển vào vị trí việc làm đã đăng ký.",
    "soft": ["Chúc Anh/Chị nhiều thành công trong sự nghiệp.", "Hồ sơ của Anh/Chị sẽ được lưu lại cho các cơ hội phù hợp sau này.", "Chúc bạn may mắn nhé!"],
    "bye_f": "Trân trọng,", "bye_i": "Thân mến,",
    "quote": "Vào {date}, {name} <{email}> đã viết:",
    "note": "Chào anh/chị, em muốn hỏi về tình trạng hồ sơ ứng tuyển của em. Em cảm ơn ạ",
    "rsubj": ["Kết quả ứng tuyển vị trí {role}", "Thông báo kết quả tuyển dụng", "{company} - phản hồi hồ sơ"],
    "ats_footer": "Email này được gửi tự động, vui lòng không trả lời. Chính sách bảo mật dữ liệu cá nhân có trên trang tuyển dụng.",
    "ack_subj": "Xác nhận đã nhận hồ sơ",
    "ack": ["Chúng tôi đã nhận được hồ sơ ứng tuyển vị trí {role} của Anh/Chị và sẽ phản hồi trong vòng 10 ngày làm việc.", "Cảm ơn bạn đã ứng tuyển! Nếu sau 3 tuần bạn chưa nhận được phản hồi, nghĩa là hồ sơ chưa phù hợp; hiện tại tất cả hồ sơ vẫn đang được xem xét."],
    "inv_subj": "Thư mời phỏng vấn",
    "inv": "Chúng tôi trân trọng mời Anh/Chị tham gia phỏng vấn vào 9h sáng thứ Tư tại văn phòng Quận 3. Vui lòng xác nhận tham dự.",
    "nxt_subj": "Vòng tiếp theo: bài test",
    "nxt": "Chúc mừng bạn đã vào vòng tiếp theo! Bạn vui lòng hoàn thành bài test online trước thứ Sáu theo đường link bên dưới.",
    "off_subj": "Thư mời nhận việc",
    "off": "Chúng tôi vui mừng thông báo Anh/Chị đã trúng tuyển vị trí {role}. Thư mời nhận việc được đính kèm; vui lòng phản hồi trước thứ Hai.",
    "hold_subj": "Cập nhật tình trạng hồ sơ",
    "hold": "Quy trình tuyển dụng vị trí {role} vẫn đang diễn ra và hồ sơ của Anh/Chị vẫn đang được xem xét. Chúng tôi sẽ liên hệ trước cuối tháng.",
    "nj_subj": "Kết quả thẩm định khoản vay",
    "nj": "Rất tiếc, hồ sơ vay tiêu dùng của quý khách chưa được phê duyệt trong đợt này.",
})

LANGS.append({
    "code": "ar", "full": True,
    "readers": [("ليلى", "الحسيني"), ("عمر", "الخطيب"), ("نور", "السعدي")],
    "senders": ["سارة المنصوري", "خالد العتيبي", "ريم حداد"],
    "companies": [("شركة الواحة للخدمات اللوجستية", "alwaha-log.example"), ("مجموعة النخيل القابضة", "nakheel-group.example"), ("تقنية الأفق", "ofoqtech.example")],
    "roles": ["محاسب", "متدرب في الموارد البشرية", "مهندس برمجيات", "أخصائي تسويق"],
    "hi_f": "السيد/السيدة {first} {last} المحترم/ة،", "hi_i": "مرحباً {first}،",
    "thanks": ["نشكرك على اهتمامك بوظيفة {role} لدى {company}.", "شكراً لوقتك خلال المقابلة الأسبوع الماضي.", "نقدّر تقدّمك للعمل معنا."],
    "rej": ["نأسف لإبلاغك بأنه لن يتم المضي قدماً في طلبك.",
         "وقع اختيارنا على مرشح آخر تتوافق خبرته بشكل أكبر مع متطلبات الوظيفة.",
         "تم شغل وظيفة {role}.",
         "للأسف، لم يتم اختيارك للمرحلة التالية.",
         "انتهت عملية التوظيف وتم اختيار شخص آخر.",
         "قررنا عدم الاستمرار في إجراءات التوظيف معك.",
         "بعد دراسة متأنية، لا يمكننا أن نقدّم لك هذه الوظيفة.",
         "لم يحالفك الحظ هذه المرة."],
    "agency": "قرر عميلي المضي قدماً مع مرشحين آخرين، لذلك لن أتمكن من ترشيحك لهذه الوظيفة.",
    "public": "نحيطكم علماً بأنكم لم تجتازوا المقابلة الشخصية للمسابقة المعلن عنها، ولن يتم إدراج اسمكم في قائمة المقبولين.",
    "soft": ["نتمنى لك التوفيق في مسيرتك المهنية.", "سنحتفظ بسيرتك الذاتية في قاعدة بياناتنا للفرص المستقبلية.", "بالتوفيق!"],
    "bye_f": "مع خالص التحية،", "bye_i": "تحياتي،",
    "quote": "في {date}، كتب {name} <{email}>:",
    "note": "مرحباً، أود الاستفسار عن حالة طلبي. شكراً لكم",
    "rsubj": ["بخصوص طلبك لوظيفة {role}", "نتيجة طلب التوظيف", "{company} - تحديث حول طلبك"],
    "ats_footer": "هذه رسالة آلية، يرجى عدم الرد عليها. يمكنك الاطلاع على سياسة الخصوصية عبر بوابة التوظيف.",
    "ack_subj": "تم استلام طلبك",
    "ack": ["نؤكد استلام طلبك لوظيفة {role}، وسنتواصل معك خلال أسبوعين.", "شكراً لتقديمك! سيتم التواصل مع المرشحين المختارين فقط؛ وإذا لم تسمع منا خلال شهر فهذا يعني أننا مضينا مع آخرين، لكننا ما زلنا نراجع جميع الطلبات حالياً."],
    "inv_subj": "دعوة لمقابلة",
    "inv": "يسعدنا دعوتك لإجراء مقابلة يوم الأربعاء الساعة 11 صباحاً في مكتبنا في دبي. يرجى تأكيد الحضور.",
    "nxt_subj": "الخطوة التالية: اختبار تقني",
    "nxt": "تهانينا، لقد انتقلت إلى المرحلة التالية! يرجى إكمال الاختبار التقني عبر الرابط أدناه قبل يوم الخميس.",
    "off_subj": "عرض عمل",
    "off": "يسعدنا أن نقدّم لك عرض العمل لوظيفة {role}. تجد العرض مرفقاً، ونرجو الرد قبل يوم الأحد.",
    "hold_subj": "حالة طلبك",
    "hold": "لا تزال عملية التوظيف لوظيفة {role} جارية، وطلبك قيد المراجعة. سنعود إليك قبل نهاية الشهر.",
    "nj_subj": "طلب التمويل الشخصي",
    "nj": "نأسف لإبلاغك بأنه تعذّرت الموافقة على طلب التمويل الشخصي في الوقت الحالي.",
})

LANGS.append({
    "code": "uk", "full": True,
    "readers": [("Олена", "Коваленко"), ("Андрій", "Шевчук"), ("Ірина", "Бондаренко")],
    "senders": ["Наталія Мельник", "Олег Ткаченко", "Юлія Савчук"],
    "companies": [("ТОВ «Дніпро Агротех»", "dniproagro.example"), ("Карпатська ІТ-група", "karpatit.example"), ("ТОВ «Світанок Логістик»", "svitanok.example")],
    "roles": ["Бухгалтер", "Стажер у відділі маркетингу", "Python-розробник", "Менеджер з продажу"],
    "hi_f": "Шановна пані / Шановний пане {first},", "hi_i": "Привіт, {first}!",
    "thanks": ["дякуємо за ваш інтерес до вакансії {role} у компанії {company}.", "дякуємо, що знайшли час на співбесіду минулого тижня.", "дякуємо за участь у конкурсі."],
    "rej": ["На жаль, ми не можемо запросити вас на наступний етап.",
         "Ми обрали кандидата, чий досвід більше відповідає потребам команди.",
         "Вакансію {role} вже закрито.",
         "З жалем повідомляємо, що вашу кандидатуру не обрано.",
         "Процес відбору завершено, ми зупинилися на іншому кандидаті.",
         "Цього разу ти не проходиш далі.",
         "Ми вирішили не продовжувати з вами процес відбору.",
         "Ми не можемо запропонувати вам цю посаду."],
    "agency": "Мій клієнт вирішив рухатися далі з іншими кандидатами, тож я не зможу подати тебе на цю позицію.",
    "public": "Повідомляємо, що за результатами конкурсу на зайняття посади державної служби категорії «В» вас не визначено переможцем.",
    "soft": ["Бажаємо успіхів у професійному житті.", "З вашої згоди ми збережемо резюме для майбутніх вакансій.", "Тримаємо кулачки!"],
    "bye_f": "З повагою,", "bye_i": "Гарного дня,",
    "quote": "{date} {name} <{email}> пише:",
    "note": "Добрий день, хотів би дізнатися, чи є новини щодо моєї кандидатури. Дякую",
    "rsubj": ["Ваша кандидатура на посаду {role}", "Результати відбору", "{company}: відповідь на ваше резюме"],
    "ats_footer": "Це автоматичне повідомлення, будь ласка, не відповідайте на нього. Політику конфіденційності розміщено на кар'єрному сайті.",
    "ack_subj": "Ваше резюме отримано",
    "ack": ["ми отримали ваше резюме на вакансію {role}. Зв'яжемося з вами протягом двох тижнів.", "дякуємо за відгук! Ми зв'язуємося лише з кандидатами, що пройшли відбір; якщо ми не відповімо протягом місяця, значить, обрали інших, але зараз розглядаємо всі резюме."],
    "inv_subj": "Запрошення на співбесіду",
    "inv": "запрошуємо вас на співбесіду в четвер о 15:00 у нашому офісі у Львові. Будь ласка, підтвердіть участь.",
    "nxt_subj": "Наступний етап: тестове завдання",
    "nxt": "ти проходиш на наступний етап! Надсилаємо тестове завдання, яке потрібно виконати до п'ятниці.",
    "off_subj": "Пропозиція про роботу",
    "off": "раді запропонувати вам посаду {role}. Офер у вкладенні, чекаємо на відповідь до понеділка.",
    "hold_subj": "Статус вашої кандидатури",
    "hold": "відбір на вакансію {role} ще триває, ваша кандидатура розглядається. Ми повернемося з відповіддю до кінця місяця.",
    "nj_subj": "Рішення щодо кредиту",
    "nj": "повідомляємо, що за результатами розгляду банк відмовив у наданні споживчого кредиту.",
})

LANGS.append({
    "code": "ru", "full": True,
    "readers": [("Анна", "Смирнова"), ("Дмитрий", "Волков"), ("Екатерина", "Морозова")],
    "senders": ["Ольга Кузнецова", "Сергей Павлов", "Марина Лебедева"],
    "companies": [("ООО «Северный Ветер»", "sevveter.example"), ("АО «Уральские Машины»", "uralmash-ao.example"), ("Кедр Софт", "kedrsoft.example")],
    "roles": ["Бухгалтер по расчёту зарплаты", "Стажёр-аналитик", "Frontend-разработчик", "Менеджер по закупкам"],
    "hi_f": "Уважаемый(ая) {first} {last},", "hi_i": "Привет, {first}!",
    "thanks": ["благодарим вас за интерес к вакансии {role} в компании {company}.", "спасибо, что нашли время на собеседование на прошлой неделе.", "благодарим за отклик на нашу вакансию."],
    "rej": ["К сожалению, мы не готовы пригласить вас на следующий этап.",
         "Мы выбрали кандидата, чей опыт больше соответствует задачам команды.",
         "Вакансия {role} уже закрыта.",
         "Вынуждены сообщить, что ваша кандидатура не прошла отбор.",
         "Отбор завершён, мы остановились на другом кандидате.",
         "В этот раз ты не проходишь дальше.",
         "Мы приняли решение не продолжать с вами процесс отбора.",
         "Мы не можем сделать вам предложение о работе на эту позицию."],
    "agency": "Заказчик решил продолжить с другими кандидатами, поэтому на эту позицию я больше не смогу тебя представить.",
    "public": "Сообщаем, что по итогам конкурса на замещение вакантной должности государственной гражданской службы вы не признаны победителем. Документы могут быть возвращены по вашему письменному заявлению.",
    "soft": ["Желаем успехов в поиске работы.", "С вашего согласия мы сохраним резюме в нашей базе.", "Удачи!"],
    "bye_f": "С уважением,", "bye_i": "Хорошего дня,",
    "quote": "{date}, {name} <{email}> пишет:",
    "note": "Добрый день! Хотел уточнить, есть ли новости по моему резюме. Спасибо",
    "rsubj": ["По вашему отклику на вакансию {role}", "Результат рассмотрения резюме", "{company}: обратная связь"],
    "ats_footer": "Это автоматическое письмо, пожалуйста, не отвечайте на него. Политика обработки персональных данных размещена на карьерном сайте.",
    "ack_subj": "Ваш отклик получен",
    "ack": ["мы получили ваше резюме на вакансию {role} и свяжемся с вами в течение недели.", "спасибо за отклик! Если в течение двух недель мы не свяжемся с вами, значит, выбрали других кандидатов; пока же все резюме на рассмотрении."],
    "inv_subj": "Приглашение на собеседование",
    "inv": "приглашаем вас на собеседование во вторник в 11:00 в нашем офисе в Екатеринбурге. Подтвердите, пожалуйста, удобно ли вам.",
    "nxt_subj": "Следующий этап: тестовое задание",
    "nxt": "ты прошёл на следующий этап! Во вложении тестовое задание, срок выполнения - до пятницы.",
    "off_subj": "Предложение о работе",
    "off": "рады предложить вам должность {role}. Оффер во вложении, ждём вашего ответа до среды.",
    "hold_subj": "Статус по вакансии",
    "hold": "отбор на вакансию {role} ещё идёт, ваше резюме на рассмотрении. Вернёмся с ответом до конца месяца.",
    "nj_subj": "Решение по заявке на аренду",
    "nj": "к сожалению, собственник выбрал другого арендатора для квартиры на Садовой улице.",
})

LANGS.append({
    "code": "ca", "full": True,
    "readers": [("Laia", "Puig Serra"), ("Pau", "Vidal Roca"), ("Júlia", "Ferrer Camps")],
    "senders": ["Montse Riera", "Jordi Casals", "Núria Soler"],
    "companies": [("Vins del Priorat SCCL", "vinspriorat.example"), ("Ajuntament de Sant Feliu de l'Horta", "santfeliuhorta.example"), ("Mussol Tech", "musoltech.example")],
    "roles": ["Tècnic/a de comptabilitat", "Becari/a de comunicació", "Desenvolupador/a web", "Auxiliar administratiu/iva"],
    "hi_f": "Benvolgut/da {first},", "hi_i": "Hola {first},",
    "thanks": ["Us agraïm l'interès per l'oferta de {role} a {company}.", "Gràcies pel temps que ens vas dedicar a l'entrevista.", "Moltes gràcies per participar en el procés de selecció."],
    "rej": ["Malauradament, hem decidit continuar amb altres candidatures.",
         "Hem triat una persona l'experiència de la qual s'ajusta millor al que necessitem.",
         "La plaça de {role} ja està coberta.",
         "Lamentem comunicar-vos que la vostra candidatura no ha estat seleccionada.",
         "El procés s'ha tancat i la decisió ha estat a favor d'una altra persona.",
         "Aquesta vegada no passes a la següent fase.",
         "No seguirem endavant amb la vostra candidatura.",
         "No us podem oferir el lloc en aquesta ocasió."],
    "agency": "El meu client ha decidit avançar amb altres perfils, per tant no et podré presentar per a aquesta posició.",
    "public": "D'acord amb la resolució de l'òrgan de selecció, no heu superat la fase de concurs i quedeu exclòs/a del procés.",
    "soft": ["Us desitgem molta sort en la vostra trajectòria professional.", "Conservarem el vostre CV per a futures ofertes si ens hi doneu el consentiment.", "Molta sort!"],
    "bye_f": "Cordialment,", "bye_i": "Una abraçada,",
    "quote": "El {date}, {name} <{email}> va escriure:",
    "note": "Bon dia, voldria saber si hi ha novetats sobre la meva candidatura. Gràcies",
    "rsubj": ["La vostra candidatura a {role}", "Resultat del procés de selecció", "{company} - resposta"],
    "ats_footer": "Aquest missatge s'ha generat automàticament, no el responguis. Pots consultar la política de privacitat al portal d'ocupació.",
    "ack_subj": "Hem rebut la teva candidatura",
    "ack": ["Confirmem la recepció de la vostra candidatura a {role}. Us direm alguna cosa en dues setmanes.", "Gràcies per presentar-te! Si no tens notícies nostres en quatre setmanes, vol dir que hem seguit amb altres persones; mentrestant revisem totes les candidatures."],
    "inv_subj": "Convocatòria d'entrevista",
    "inv": "Ens agradaria convidar-vos a una entrevista dijous a les 10 h a la nostra oficina de Girona. Ens confirmeu l'assistència?",
    "nxt_subj": "Següent pas: prova pràctica",
    "nxt": "Passes a la següent fase! T'enviem una prova pràctica breu que cal retornar abans de divendres.",
    "off_subj": "Proposta de contractació",
    "off": "Ens plau oferir-vos el lloc de {role}. Trobareu la proposta adjunta; us agrairem resposta abans de dimarts.",
    "hold_subj": "Estat de la vostra candidatura",
    "hold": "El procés per a {role} encara està obert i la vostra candidatura continua en revisió. Us escriurem abans de final de mes.",
    "nj_subj": "Sol·licitud de lloguer",
    "nj": "Lamentem informar-vos que la propietat ha escollit un altre llogater per al pis del carrer Major.",
})

RE_PREFIX = {"de": "AW: ", "sv": "SV: ", "da": "SV: ", "no": "SV: ", "fi": "VS: ", "pl": "Odp: ", "it": "R: ", "tr": "YNT: ", "fr": "RE : ", "nl": "Antw: "}
TZ = {"de": "+0100", "fr": "+0100", "es": "+0100", "es-419": "-0500", "pt": "+0000", "pt-BR": "-0300", "it": "+0100", "nl": "+0100", "pl": "+0100", "cs": "+0100", "sk": "+0100", "hu": "+0100", "ro": "+0200", "sv": "+0100", "da": "+0100", "no": "+0100", "fi": "+0200", "el": "+0200", "tr": "+0300", "ja": "+0900", "ko": "+0900", "zh-Hans": "+0800", "zh-Hant": "+0800", "id": "+0700", "vi": "+0700", "ar": "+0400", "uk": "+0200", "ru": "+0500", "ca": "+0100"}
# Register markers: a sentence that speaks to the reader informally (du, tu, ty, 你...) or
# formally (Sie, vous, Pan/Pani, 您...). A message keeps one register: its greeting, thanks,
# decision and closing lines are drawn from sentences of that register or of neither.
REGISTER = {
    "de": (r"\b(du|dich|dir|dein\w*)\b", r"\b(Sie|Ihnen|Ihr\w*)\b"),
    "fr": (r"\b(tu|te|toi|ton|ta|tes)\b|\bt'", r"\b(vous|votre|vos)\b"),
    "es": (r"\b(tu|tus|te|ti|contigo|tú|postularte|conocerte|presentarte|recibes|encaja|entiende)\b", r"\b(usted|su|sus|le|Le)\b"),
    "es-419": (r"\b(tu|tus|te|ti|contigo|tú|postularte|quedas|avanzas|avanzarás|tienes)\b|atento/a", r"\b(usted|su|sus|le|Le)\b"),
    "it": (r"\b(tu|ti|tuo|tua|tuoi|tue|te|passi|riceverai|trovi)\b|\bci hai\b|In bocca", r"\bLei\b|\bSu[ao]\b|[a-z](La|Le)\b|\bLa ricontatteremo|\bLe (auguriamo|comunichiamo)\b|\bElla\b"),
    "nl": (r"\b(je|jij|jou|jouw|Hoor je)\b", r"\b(u|uw|U)\b"),
    "pl": (r"\b(Ty|Ci|Cię|Tob\w+|Tw\w+|tw\w+|przejdziesz|poświęciłeś|przechodzisz|zakwalifikowałeś|Trzymamy)\b", r"\b(Pan\w*|Pani)\b"),
    "cs": (r"\b(tě|ti|tebe|tebou|tvůj|tvoje|tvou|jsi|postupuješ|odevzdej|Držíme)\b", r"\b(Vás|Vám|Váš|Vaš\w*|Vámi|Vy|Vyhovuje)\b"),
    "sk": (r"\b(ťa|ti|teba|venoval|tvoj\w*|Drž)\b", r"\b(Vás|Vám|Váš|Vaš\w*|Vami|Potvrďte|Postupujete|dajte|ste)\b"),
    "hu": (r"szántál|jutottál|Továbbjutottál|találod|tudlak|Sok sikert", r"\bÖn\w*|jelentkezés(ét|e)|Pályázatát|érdeklődését|jelezze|jelentkezett|Kérjük|pályafutásához"),
    "ro": (r"\b(ta|tău|tale|te|ai|treci|primești|Baftă|tine)\b|\bîți\b|Mersi", r"\b(dumneavoastră|vă|Vă)\b"),
    "el": (r"σου|περνάς", r"σας"),
    "tr": (r"seninle|sana\b|seni\b|ayırdığın|geçtin|başvurun\b|tamamlaman|yapmazsak|Bol şans", r"nuz\b|nüz\b|sizinle|size\b|Sizi\b|Sayın|niz\b|nız\b|dileriz"),
    "ru": (r"\b(ты|тебя|тебе|тво\w+|прошёл|Удачи)\b", r"\b([Вв]ы|[Вв]ас|[Вв]ам|[Вв]аш\w*|нашли)\b"),
    "uk": (r"\b(ти|тебе|тво\w+|проходиш|Тримаємо)\b", r"\b([Вв]и|[Вв]ас|[Вв]ам|[Вв]аш\w*|знайшли)\b"),
    "ca": (r"\b(tu|et|teu|teva|vas|passes|tens|presentar-te|T'enviem)\b|\bt'|Molta sort", r"\b(vostr\w+|us|Us|vós)\b|-vos\b"),
    "id": (r"\bkamu\b|\bya!", r"\b(Anda|Saudara|Bapak)\b"),
    "vi": (r"\b(bạn|mình)\b", r"Anh/Chị|quý khách"),
    "zh-Hans": (r"你", r"您"),
    "zh-Hant": (r"你", r"您|台端"),
}
# The public body that sends each language's public-sector notice (template "public").
GOV = {
    "de": ("Landratsamt Oberhöfen - Personalamt", "lra-oberhoefen.example"), "fr": ("Préfecture de la Haute-Vallée", "haute-vallee.gouv.example"),
    "es": ("Ayuntamiento de Villanueva del Campo", "villanueva-campo.example"), "es-419": ("Municipalidad de San Isidro del Valle", "msiv.gob.example"),
    "pt": ("Câmara Municipal de Vale Formoso", "cm-valeformoso.example"), "pt-BR": ("Prefeitura Municipal de Serra Azul", "serraazul.gov.example"),
    "it": ("Comune di Borgo San Lanfranco", "comune.borgosanlanfranco.example"), "nl": ("Gemeente Oosterduin", "oosterduin.example"),
    "pl": ("Urząd Miasta Zielony Gród", "zielonygrod-um.example"), "cs": ("Městský úřad Horní Lhota", "hornilhota.example"),
    "sk": ("Mestský úrad Dolný Kameň", "dolnykamen.example"), "hu": ("Szentendrei Járási Hivatal", "jarasihivatal.example"),
    "ro": ("Primăria Orașului Valea Verde", "valeaverde.example"), "sv": ("Region Norrstrand", "norrstrand.example"),
    "da": ("Kommune Ribevang", "ribevang.example"), "no": ("Vestfjord kommune", "vestfjord.example"), "fi": ("Järvenrannan kaupunki", "jarvenranta.example"),
    "el": ("Δήμος Καλαμαριάς Νέας", "dimos-kalnea.example"), "tr": ("Kuzeykent Belediyesi İnsan Kaynakları Müdürlüğü", "kuzeykent.bel.example"),
    "ja": ("みなと市総務部人事課", "city-minato.lg.example"), "ko": ("해솔시청 총무과", "haesol.go.example"), "zh-Hans": ("青川区人力资源和社会保障局", "qingchuan.gov.example"),
    "zh-Hant": ("新北河濱區公所人事室", "hebin.gov.example"), "id": ("Panitia Seleksi Pemerintah Kota Tanjung Sari", "tanjungsari.go.example"),
    "vi": ("Sở Nội vụ tỉnh Bình Sơn", "binhson.gov.example"), "ar": ("وزارة الموارد البشرية - إدارة التوظيف", "mohr.gov.example"),
    "uk": ("Київська обласна державна адміністрація", "koda.gov.example"), "ru": ("Управление делами администрации г. Светлогорска", "svetlogorsk.gov.example"),
    "ca": ("Ajuntament de Sant Feliu de l'Horta", "santfeliuhorta.example"),
}
FAMILY_FIRST = {"ja", "ko", "zh-Hans", "zh-Hant", "hu", "vi"}


def register(lang: dict, text: str) -> str | None:
    """'i' for a sentence that addresses the reader informally, 'f' formally, None for neither."""
    informal, formal = REGISTER.get(lang["code"], (None, None))
    if informal and re.search(informal, text):
        return "i"
    if formal and re.search(formal, text):
        return "f"
    return None


def capitalised(parts: Iterable[str]) -> list[str]:
    """Paragraphs as given, but a paragraph after a greeting ending in '!' or ':' starts with a capital."""
    out: list[str] = []
    for part in parts:
        lift = out and out[-1].rstrip().endswith(("!", ":")) and part[:1].islower()
        out.append(part[0].upper() + part[1:] if lift else part)
    return out


def fits(lang: dict, text: str, reg: str) -> bool:
    return register(lang, text) in (None, reg)


def pick(lang: dict, options: list[str], reg: str, k: int) -> str | None:
    """The k-th (cyclically) option in the given register, or None when there is none."""
    good = [o for o in options if fits(lang, o, reg)]
    return good[k % len(good)] if good else None

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
TWIN_KINDS = (("ack0", "application_received"), ("ack1", "application_received"), ("inv", "interview"), ("nxt", "next_steps"), ("off", "offer"), ("hold", "other_job"), ("nj", "non_job_rejection_words"))


def ascii_part(text: str) -> str:
    """Lower-case ASCII letters of a name, for a mail address; empty when none survive."""
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]+", ".", flat.lower()).strip(".")


class Maker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.records: list[dict] = []
        self.mixed = 0
        self.cursor: dict[str, int] = {}
        self.used: dict[str, set[int]] = {}

    def when(self, lang: dict) -> tuple[str, dict]:
        """An RFC 2822 Date header and the parts of an earlier moment for a quoted header."""
        r = self.rng
        sent = datetime(2026, r.randint(1, 11), r.randint(1, 28), r.randint(7, 19), r.randint(0, 59), r.randint(0, 59))
        earlier = sent - timedelta(days=r.randint(1, 9), hours=r.randint(0, 6), minutes=r.randint(0, 59))
        header = f"{DAYS[sent.weekday()]}, {sent.day} {MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M:%S} {TZ[lang['code']]}"
        before = {"y": earlier.year, "m": earlier.month, "d": earlier.day, "H": earlier.hour, "M": earlier.minute, "wd": DAYS[earlier.weekday()]}
        return header, before

    def people(self, lang: dict, i: int) -> dict:
        first, last = lang["readers"][i % len(lang["readers"])]
        company, domain = lang["companies"][(i // 2) % len(lang["companies"])]
        sender = lang["senders"][(i + 1) % len(lang["senders"])]
        role = lang["roles"][(i * 3 + 1) % len(lang["roles"])]
        local = ascii_part(f"{first} {last}") or f"applicant{self.rng.randint(100, 999)}"
        slocal = ascii_part(sender) or self.rng.choice(("hr", "recruiting", "jobs", "talent"))
        full = f"{last} {first}" if lang["code"] in FAMILY_FIRST else f"{first} {last}"
        return {"first": first, "last": last, "full": full, "company": company, "domain": domain, "sender": sender, "role": role,
                "email": f"{local}@post.example", "to": f"{full} <{local}@post.example>", "saddr": f"{slocal}@{domain}"}

    def quoted(self, lang: dict, p: dict, before: dict, english: bool) -> str:
        if english:
            stamp = f"{before['wd']}, {before['d']} {MONTHS[before['m'] - 1]} 2026 at {before['H']:02d}:{before['M']:02d}"
            head = EN_QUOTE.format(date=stamp, name=p["full"], email=p["email"])
        else:
            stamp = lang.get("qdate", "{d:02d}.{m:02d}.{y} {H:02d}:{M:02d}").format(**before)
            head = lang["quote"].format(date=stamp, name=p["full"], email=p["email"])
        return f"\n\n{head}\n> {lang['note']}\n"

    def add(self, lang: dict, n: int, *, family: str, kind: str, subject: str, body: str, sender: str, to: str, date: str) -> None:
        label = "rejection" if kind == "rejection" else "not_rejection"
        self.records.append({"id": f"written19:{lang['code']}-{n:03d}", "subject": subject, "body": body, "sender": sender,
                             "label": label, "kind": kind, "family": family, "provenance": PROVENANCE, "to": to, "date": date})

    def next_decision(self, lang: dict, reg: str) -> str:
        """The language's next unused decision sentence that fits the register, so that each
        language uses as many of its decision sentences as its messages allow."""
        options = lang["rej"]
        start = self.cursor.get(lang["code"], 0)
        used = self.used.setdefault(lang["code"], set())
        order = [(start + step) % len(options) for step in range(len(options))]
        fitting = [k for k in order if fits(lang, options[k], reg)] or order
        k = next((k for k in fitting if k not in used), fitting[0])
        used.add(k)
        self.cursor[lang["code"]] = k + 1
        return options[k]

    def rejection(self, lang: dict, li: int, i: int) -> None:  # noqa: PLR0912 - one branch per template
        r, code = self.rng, lang["code"]
        p = self.people(lang, i)
        fill = {k: p[k] for k in ("first", "last", "company", "role")}
        template = REJ_TEMPLATES[i % len(REJ_TEMPLATES)]
        if template == "public":
            p["company"], p["domain"] = GOV[code]
            p["saddr"] = p["saddr"].split("@")[0] + "@" + p["domain"]
        reg = "i" if template in ("short", "warm", "agency") or (template == "thread" and i % 2) else "f"
        if template in ("agency", "public"):
            decision = lang[template]
            reg = register(lang, decision) or reg
        else:
            decision = self.next_decision(lang, reg)
        hi = lang["hi_i"] if reg == "i" else lang["hi_f"]
        thanks = pick(lang, lang["thanks"], reg, i + li)
        soft = pick(lang, lang["soft"], reg, r.randint(0, 5))
        bye = lang["bye_i"] if reg == "i" else lang["bye_f"]
        header, before = self.when(lang)
        subject = lang["rsubj"][(i + li) % len(lang["rsubj"])]
        sender = f"{p['sender']} <{p['saddr']}>"
        en_quote = template == "thread" and li % 4 == 0 and i < 7
        if template == "plain":
            parts = [hi, thanks, decision, soft, f"{bye}\n{p['sender']}\n{p['company']}"]
        elif template == "thread":
            subject = RE_PREFIX.get(code, "Re: ") + subject
            parts = [hi, thanks, decision, f"{bye}\n{p['sender']}"]
        elif template == "ats":
            sender = f"{p['company']} <{r.choice(('no-reply', 'careers', 'jobs'))}@{p['domain']}>"
            parts = [hi, thanks, decision, soft, bye + "\n" + p["company"]]
        elif template == "short":
            parts = [hi, decision, f"{bye}\n{p['sender'].split()[-1 if code in FAMILY_FIRST else 0]}"]
        elif template == "warm":
            parts = [hi, thanks, decision, soft, f"{bye}\n{p['sender']}"]
        elif template == "agency":
            sender = f"{p['sender']} <{p['saddr'].split('@')[0]}@talentbridge-{code.lower()}.example>"
            parts = [hi, decision, soft, f"{bye}\n{p['sender']}"]
        else:  # public
            parts = [hi, f"{p['role']} - {r.randint(10, 99)}/{r.randint(100, 999)}/2026", decision, f"{bye}\n{p['company']}"]
        body = "\n\n".join(capitalised(s.format(**fill) for s in parts if s))
        if template == "thread":
            body += self.quoted(lang, p, before, en_quote)
            self.mixed += en_quote
        elif template == "ats":
            body += "\n\n--\n" + lang["ats_footer"].format(**fill) + "\n"
        else:
            body += "\n"
        if i == 2:
            subject = EN_SUBJECTS[li % len(EN_SUBJECTS)]
            self.mixed += 1
        self.add(lang, i + 1, family=f"blindw19-{code}-{template}-{i:02d}", kind="rejection", subject=subject.format(**fill), body=body, sender=sender, to=p["to"], date=header)

    def twin(self, lang: dict, li: int, j: int, key: str, kind: str) -> None:
        r, code = self.rng, lang["code"]
        p = self.people(lang, j + 20 + li)
        fill = {k: p[k] for k in ("first", "last", "company", "role")}
        header, before = self.when(lang)
        text = lang["ack"][int(key[-1])] if key.startswith("ack") else lang[key]
        subject = lang[("ack" if key.startswith("ack") else key) + "_subj"]
        reg = register(lang, text) or ("f" if j % 2 == 0 else "i")
        hi = lang["hi_i"] if reg == "i" else lang["hi_f"]
        bye = lang["bye_i"] if reg == "i" else lang["bye_f"]
        sender = f"{p['sender']} <{p['saddr']}>"
        if key == "nj":
            sender = f"{p['sender']} <{ascii_part(p['sender']) or 'service'}@{r.choice(('bank', 'wohnen', 'immo', 'credit'))}-{code.lower()}.example>"
            body = "\n\n".join(capitalised([hi, text, lang["bye_f"]])) + "\n"
        elif key.startswith("ack"):
            sender = f"{p['company']} <no-reply@{p['domain']}>"
            body = "\n\n".join(capitalised([hi, text, bye + "\n" + p["company"]]))
            english = key == "ack0" and li % 2 == 1
            body += "\n\n" + (EN_FOOTERS[li % len(EN_FOOTERS)].format(company=p["company"], domain=p["domain"]) if english else "--\n" + lang["ats_footer"]) + "\n"
            self.mixed += english
        elif key in ("inv", "hold"):
            subject = RE_PREFIX.get(code, "Re: ") + subject
            body = "\n\n".join(capitalised([hi, text, f"{bye}\n{p['sender']}"])) + self.quoted(lang, p, before, False)
        else:
            body = "\n\n".join(capitalised([hi, text, f"{bye}\n{p['sender']}\n{p['company']}"])) + "\n"
        self.add(lang, 100 + j, family=f"blindw19-{code}-{key}-{j:02d}", kind=kind, subject=subject.format(**fill), body=body.format(**fill), sender=sender, to=p["to"], date=header)


def build() -> list[dict]:
    maker = Maker(random.Random(SEED))  # noqa: S311 - reproducible text, not security
    for li, lang in enumerate(LANGS):
        for i in range(13 if lang["full"] else 7):
            maker.rejection(lang, li, i)
        for j, (key, kind) in enumerate(TWIN_KINDS):
            if key in lang or (key.startswith("ack") and len(lang["ack"]) > int(key[-1])):
                maker.twin(lang, li, j, key, kind)
    print(f"mixed-language messages: {maker.mixed}", file=sys.stderr)
    return maker.records


def shingles(text: str, n: int = 6) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[k:k + n]) for k in range(len(words) - n + 1)}


def check(records: list[dict]) -> int:
    """Print how many of our 6-word shingles occur in the other data files (ours only)."""
    others: set[str] = set()
    files = sorted((HERE.parent).glob("*.jsonl")) + sorted(HERE.glob("*.jsonl"))
    for path in files:
        if path.name in SEALED or path.resolve() == OUT:
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    rec = json.loads(line)
                    others |= shingles(f"{rec.get('subject', '')}\n{rec.get('body', '')}")
    ours: set[str] = set()
    for rec in records:
        ours |= shingles(f"{rec['subject']}\n{rec['body']}")
    shared = sorted(ours & others)
    print(f"our shingles: {len(ours)}; shared with other data: {len(shared)}")
    for s in shared:
        print(f"  {s}")
    return 0


def main(argv: list[str]) -> int:
    records = build()
    if "--check" in argv:
        return check(records)
    with OUT.open("w", encoding="utf-8", newline="\n") as handle:
        for rec in records:
            handle.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} messages to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
